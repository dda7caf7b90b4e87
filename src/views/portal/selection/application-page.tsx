import type { ErrorValues, FieldProblem } from '../../../errors.ts';
import { formatDate } from '../../../domain/format.ts';
import { PROVINCES, SECTORS } from '../../../domain/code-lists.ts';
import { applicationPortal } from '../../../i18n/application-portal.ts';
import { localePath } from '../../../i18n/messages.ts';
import { selectionMessages } from '../../../i18n/selection.ts';
import type { ApplicationForm } from '../../../services/applications/get-application-form.ts';
import type { OrganisationHit } from '../../../services/consortia/find-organisations.ts';
import { CheckboxGroup, ErrorSummary, Flash, PostForm, SubmitButton, TextAreaField, TextField, type FormValues } from '../form-controls.tsx';
import { PortalPage, type PortalSession } from '../portal-page.tsx';
import { ApplicationBudget } from './application-budget.tsx';
import { DataListItem } from '../../public/data-list-item.tsx';
import { ApplicationRules } from './application-rules.tsx';

export type ApplicationPageProps = {
  portal: PortalSession; form: ApplicationForm; values: FormValues; problems: FieldProblem[];
  message?: string | undefined; messageValues?: ErrorValues | undefined; flash: string | null;
  search?: { q: string; hits: OrganisationHit[] };
};

/** A draft as a form that saves whole and shows the rules' verdict; a submitted application read-only. */
export function ApplicationPage({ portal, form, values, problems, message, messageValues, flash, search }: ApplicationPageProps) {
  const { locale } = portal;
  const t = applicationPortal(locale);
  const s = selectionMessages(locale);
  const a = form.application;
  const title = t.pageTitle(a.reference, a.title);
  const lineName = (l: { code: string; nameNl: string; nameEn: string }) => `${l.code} ${locale === 'en' ? l.nameEn : l.nameNl}`;
  return (
    <PortalPage portal={portal} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t.statusLine(form.round.name, formatDate(form.round.closesOn, locale), s.applicationStatuses[a.status] ?? a.status)}</p>
      <Flash text={flash} />
      <ErrorSummary title={s.problemsTitle} message={message} messageValues={messageValues} problems={problems} />
      {form.canEdit ? <ApplicationRules locale={locale} outcomes={a.outcomes} /> : null}
      {form.canEdit ? (
        <PostForm action={localePath(locale, `/portaal/aanvragen/${a.id}`)} csrfToken={portal.csrfToken}>
          <input type="hidden" name="version" value={String(a.version)} />
          <TextField name="titel" label={t.title} values={values} problems={problems} required />
          <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" id="partners-zoeken">
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t.partnersTitle}</legend>
            <PartnerChoice values={values} problems={problems} form={form} search={search} label={t.partners} none={t.partnersNone} />
            <TextField name="partnerzoek" label={t.partnerSearch} hint={t.partnerSearchHint} values={{ partnerzoek: search?.q ?? '' }} problems={problems} type="search" />
            <SubmitButton secondary name="actie" value="zoeken">{t.partnerSearchButton}</SubmitButton>
            {search && search.hits.length === 0 ? <p class="utrecht-paragraph">{t.partnerHitsNone(search.q)}</p> : null}
          </fieldset>
          <TextAreaField name="ppsen" label={t.ppsNames} hint={t.ppsNamesHint} values={values} problems={problems} rows={4} />
          <CheckboxGroup name="provincies" label={t.provinces} values={values} problems={problems} options={PROVINCES.map((p) => ({ value: p.code, label: p.name }))} />
          <CheckboxGroup name="sectoren" label={t.sectors} values={values} problems={problems} options={SECTORS.map((x) => ({ value: x.code, label: locale === 'en' ? x.nameEn : x.nameNl }))} />
          <ApplicationBudget locale={locale} application={a} actionLines={form.actionLines} years={form.years} form={{ values, problems }} />
          <h2 class="utrecht-heading-2">{t.plansTitle}</h2>
          {form.actionLines.map((l) => <TextAreaField name={`plan.${l.id}`} label={t.planLabel(lineName(l))} values={values} problems={problems} rows={4} />)}
          <p class="utrecht-paragraph">{t.submitHint}</p>
          <div class="pps-actions">
            <SubmitButton name="actie" value="opslaan">{t.save}</SubmitButton>{' '}
            <SubmitButton secondary name="actie" value="indienen">{t.submit}</SubmitButton>
          </div>
        </PostForm>
      ) : <ReadOnly form={form} locale={locale} lineName={lineName} />}
    </PortalPage>
  );
}

function PartnerChoice({ values, problems, form, search, label, none }: {
  values: FormValues; problems: FieldProblem[]; form: ApplicationForm; search: ApplicationPageProps['search']; label: string; none: string;
}) {
  const chosen = form.application.partners.map((p) => ({ value: String(p.id), label: p.name }));
  const known = new Set(chosen.map((o) => o.value));
  const hits = (search?.hits ?? []).filter((h) => !known.has(String(h.id)) && h.id !== form.application.leadOrganisationId)
    .map((h) => ({ value: String(h.id), label: [h.name, h.municipalityName, h.kvkNumber ? `KvK ${h.kvkNumber}` : h.brinCode].filter(Boolean).join(', ') }));
  if (chosen.length + hits.length === 0) return <p class="utrecht-paragraph" id="veld-partners">{none}</p>;
  return <CheckboxGroup name="partners" label={label} values={values} problems={problems} options={[...chosen, ...hits]} />;
}

function ReadOnly({ form, locale, lineName }: { form: ApplicationForm; locale: 'nl' | 'en'; lineName: (l: { code: string; nameNl: string; nameEn: string }) => string }) {
  const t = applicationPortal(locale);
  const s = selectionMessages(locale);
  const a = form.application;
  const provinces = a.provinces.map((c) => PROVINCES.find((p) => p.code === c)?.name ?? c).join(', ');
  return (
    <>
      <p class="utrecht-paragraph">{a.status === 'concept' ? '' : t.readOnly}</p>
      <dl class="utrecht-data-list utrecht-data-list--rows pps-facts">
        <DataListItem label={t.partners}>{a.partners.map((p) => p.name).join(', ')}</DataListItem>
        <DataListItem label={t.ppsNames}>{a.ppsNames.join(', ')}</DataListItem>
        <DataListItem label={t.provinces}>{provinces}</DataListItem>
      </dl>
      <ApplicationBudget locale={locale} application={a} actionLines={form.actionLines} years={form.years} />
      <h2 class="utrecht-heading-2">{t.plansTitle}</h2>
      {form.actionLines.map((l) => {
        const plan = a.plans.find((p) => p.actionLineId === l.id);
        return plan ? <><h3 class="utrecht-heading-3">{lineName(l)}</h3><p class="utrecht-paragraph pps-prewrap">{plan.text}</p></> : null;
      })}
      {a.status === 'toegekend' || a.status === 'afgewezen'
        ? <p class="utrecht-paragraph"><a class="utrecht-link" href={localePath(locale, `/portaal/aanvragen/${a.id}/besluitbrief`)}>{s.letterLink}</a></p> : null}
    </>
  );
}

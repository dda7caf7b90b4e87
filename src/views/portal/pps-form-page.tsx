import type { ErrorValues, FieldProblem } from '../../errors.ts';
import type { Locale } from '../../domain/format.ts';
import { SECTORS } from '../../domain/code-lists.ts';
import { consortiumPortal } from '../../i18n/consortium-portal.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import type { MunicipalityOption } from '../../services/code-lists/list-municipalities.ts';
import { ConsortiumNav } from './consortium-nav.tsx';
import { CheckboxGroup, CsrfField, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField, type FormValues } from './form-controls.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { paths } from './portal-paths.ts';


export type PpsFormPageProps = {
  locale: Locale; consortiumId: number; ppsId: number | null; ppsName: string | null; municipalities: MunicipalityOption[]; csrfToken: string;
  values: FormValues; problems: FieldProblem[]; message?: string; messageValues?: ErrorValues | undefined; flash?: FlashKey | null;
};

/** Create (ppsId null) or edit a pps. */
export function PpsFormPage(p: PpsFormPageProps & PortalProps) {
  const t = consortiumPortal(p.locale);
  const c = portalCommon(p.locale);
  const title = p.ppsId === null ? t.ppsNewTitle : t.ppsEditTitle(p.ppsName ?? '');
  const action = p.ppsId === null ? paths.ppsNew(p.consortiumId) : paths.pps(p.ppsId);
  const common = { values: p.values, problems: p.problems };
  return (
    <PortalPage portal={p.portal} title={title} flash={p.flash}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ConsortiumNav locale={p.locale} consortiumId={p.consortiumId} current="pps" />
      <ErrorSummary title={c.errorSummaryTitle} message={p.message} messageValues={p.messageValues} problems={p.problems} />
      <form class="pps-form" method="post" action={action} novalidate>
        <CsrfField token={p.csrfToken} />
        {p.ppsId !== null ? <input type="hidden" name="version" value={String(p.values.version ?? '')} /> : null}
        <TextField name="name" label={t.name} required {...common} />
        <TextField name="foundedYear" label={t.foundedYear} hint={t.foundedHint} inputMode="numeric" size={6} required {...common} />
        <SelectField name="status" label={t.status} options={Object.entries(t.ppsStatuses).map(([value, label]) => ({ value, label }))} {...common} />
        <SelectField name="municipalityCode" label={t.municipality} emptyLabel={t.chooseMunicipality} options={p.municipalities.map((m) => ({ value: m.code, label: m.name }))} {...common} />
        <TextAreaField name="description" label={t.description} {...common} />
        <TextAreaField name="descriptionEn" label={t.descriptionEn} hint={t.descriptionEnHint} lang="en" {...common} />
        <CheckboxGroup name="sectorCodes" label={t.sectors} options={SECTORS.map((x) => ({ value: x.code, label: p.locale === 'nl' ? x.nameNl : x.nameEn }))} {...common} />
        <CheckboxGroup name="levels" label={t.levels} options={Object.entries(c.levels).map(([value, label]) => ({ value, label }))} {...common} />
        <div class="pps-actions">
          <SubmitButton>{c.save}</SubmitButton>
          {p.ppsId !== null ? <a class="utrecht-link" href={paths.partners(p.ppsId)}>{t.partnersLink}</a> : null}
          <a class="utrecht-link" href={paths.ppsList(p.consortiumId)}>{c.back}</a>
        </div>
      </form>
    </PortalPage>
  );
}

import type { ErrorValues, FieldProblem } from '../../errors.ts';
import type { Locale } from '../../domain/format.ts';
import { PROVINCES, SECTORS } from '../../domain/code-lists.ts';
import { consortiumPortal } from '../../i18n/consortium-portal.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { ConsortiumNav } from './consortium-nav.tsx';
import { CheckboxGroup, CsrfField, ErrorSummary, SubmitButton, TextAreaField, TextField, type FormValues } from './form-controls.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { paths } from './portal-paths.ts';


export type ConsortiumProfilePageProps = {
  locale: Locale; consortiumId: number; consortiumName: string; leadOrganisationName: string; csrfToken: string;
  values: FormValues; problems: FieldProblem[]; message?: string; messageValues?: ErrorValues | undefined; flash?: FlashKey | null;
};

export function ConsortiumProfilePage(p: ConsortiumProfilePageProps & PortalProps) {
  const t = consortiumPortal(p.locale);
  const c = portalCommon(p.locale);
  const title = t.profileTitle(p.consortiumName);
  const common = { values: p.values, problems: p.problems };
  return (
    <PortalPage portal={p.portal} title={title} flash={p.flash}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ConsortiumNav locale={p.locale} consortiumId={p.consortiumId} current="profile" />
      <ErrorSummary title={c.errorSummaryTitle} message={p.message} messageValues={p.messageValues} problems={p.problems} />
      <p class="utrecht-paragraph">{t.profileLead(p.leadOrganisationName)}</p>
      <form class="pps-form" method="post" action={paths.profile(p.consortiumId)} novalidate>
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="version" value={String(p.values.version ?? '')} />
        <TextField name="name" label={t.name} required {...common} />
        <TextAreaField name="description" label={t.description} {...common} />
        <TextAreaField name="descriptionEn" label={t.descriptionEn} hint={t.descriptionEnHint} lang="en" {...common} />
        <CheckboxGroup name="provinceCodes" label={t.provinces} options={PROVINCES.map((x) => ({ value: x.code, label: x.name }))} {...common} />
        <CheckboxGroup name="sectorCodes" label={t.sectors} options={SECTORS.map((x) => ({ value: x.code, label: p.locale === 'nl' ? x.nameNl : x.nameEn }))} {...common} />
        <CheckboxGroup name="levels" label={t.levels} options={Object.entries(c.levels).map(([value, label]) => ({ value, label }))} {...common} />
        <div class="pps-actions"><SubmitButton>{c.save}</SubmitButton></div>
      </form>
    </PortalPage>
  );
}

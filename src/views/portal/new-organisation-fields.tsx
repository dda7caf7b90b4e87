import type { FieldProblem } from '../../errors.ts';
import type { Locale } from '../../domain/format.ts';
import { consortiumPortal } from '../../i18n/consortium-portal.ts';
import { portalCommon } from '../../i18n/portal-common.ts';
import type { MunicipalityOption } from '../../services/code-lists/list-municipalities.ts';
import { SelectField, TextField, type FormValues } from './form-controls.tsx';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Fields of a new organisation; the kind-specific ones say when they apply (no script needed). */
export function NewOrganisationFields({ locale, values, problems, municipalities }: { locale: Locale; values: FormValues; problems: FieldProblem[]; municipalities: MunicipalityOption[] }) {
  const t = consortiumPortal(locale);
  const c = portalCommon(locale);
  const common = { values, problems };
  return (
    <>
      <TextField name="name" label={t.name} required {...common} />
      <SelectField name="kind" label={t.orgKind} emptyLabel={t.chooseKind} options={options(t.kinds)} {...common} />
      <SelectField name="educationLevel" label={t.educationLevel} emptyLabel={t.notApplicable} options={options(c.levels)} {...common} />
      <SelectField name="companySize" label={t.companySize} emptyLabel={t.notApplicable} options={options(t.companySizes)} {...common} />
      <SelectField name="governmentLevel" label={t.governmentLevel} emptyLabel={t.notApplicable} options={options(t.governmentLevels)} {...common} />
      <TextField name="kvkNumber" label={t.kvk} hint={t.kvkHint} inputMode="numeric" size={10} {...common} />
      <TextField name="brinCode" label={t.brin} hint={t.brinHint} size={6} {...common} />
      <SelectField name="municipalityCode" label={t.municipality} emptyLabel={t.chooseMunicipality} options={municipalities.map((m) => ({ value: m.code, label: m.name }))} {...common} />
    </>
  );
}

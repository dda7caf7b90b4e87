import type { FieldProblem } from '../../errors.ts';
import { formatDate, type Locale } from '../../domain/format.ts';
import { budgetChanges } from '../../i18n/budget-changes.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField, type FormValues } from './form-controls.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

export const RULES_PATH = '/portaal/bureau/regels';

export type RuleRowView = {
  code: string; version: number; value: unknown; description: string; descriptionLang: 'nl' | 'en';
  validFrom: string; validUntil: string | null; source: string | null; isIllustrative: boolean;
};

export type RulesPageProps = { locale: Locale; csrfToken: string; rules: RuleRowView[]; codes: string[]; values: FormValues; problems: FieldProblem[]; message?: string; flash?: FlashKey | null };

/** The office sees every version of every rule, its source and validity, and adds a new version. */
export function RulesPage(p: RulesPageProps & PortalProps) {
  const t = budgetChanges(p.locale);
  const c = portalCommon(p.locale);
  return (
    <PortalPage portal={p.portal} title={t.rulesTitle} flash={p.flash}>
      <h1 class="utrecht-heading-1">{t.rulesTitle}</h1>
      <ErrorSummary title={c.errorSummaryTitle} message={p.message} problems={p.problems} />
      <p class="utrecht-paragraph">{t.rulesIntro}</p>
      <Table locale={p.locale} caption={t.rulesCaption}>
          <THead><Tr>
            {[t.colRule, t.colVersion, t.colValue, t.colDescription, t.colSource, t.colValid].map((h) => <Th>{h}</Th>)}
          </Tr></THead>
          <TBody>
            {p.rules.map((r) => (
              <Tr>
                <Th row><code>{r.code}</code></Th>
                <Td numeric>{r.version}</Td>
                <Td><code>{JSON.stringify(r.value)}</code></Td>
                <Td lang={r.descriptionLang === p.locale ? undefined : r.descriptionLang}>{r.description}</Td>
                <Td>{r.source ?? ''}{r.isIllustrative ? ` (${t.illustrative})` : ''}</Td>
                <Td>{t.validFromTo(formatDate(r.validFrom, p.locale), r.validUntil ? formatDate(r.validUntil, p.locale) : null)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      <h2 class="utrecht-heading-2">{t.newVersionTitle}</h2>
      <form method="post" action={RULES_PATH} novalidate>
        <CsrfField token={p.csrfToken} />
        <SelectField name="code" label={t.fieldRule} values={p.values} problems={p.problems} options={p.codes.map((x) => ({ value: x, label: x }))} />
        <TextField name="value" label={t.fieldValue} hint={t.fieldValueHint} values={p.values} problems={p.problems} required />
        <TextField name="validFrom" label={t.fieldValidFrom} values={p.values} problems={p.problems} required />
        <TextField name="source" label={t.fieldSource} values={p.values} problems={p.problems} />
        <TextAreaField name="descriptionNl" label={t.fieldDescriptionNl} values={p.values} problems={p.problems} rows={2} required />
        <TextAreaField name="descriptionEn" label={t.fieldDescriptionEn} values={p.values} problems={p.problems} rows={2} />
        <div class="pps-actions"><SubmitButton>{t.addVersion}</SubmitButton></div>
      </form>
    </PortalPage>
  );
}

import { parseDutchNumber } from '../../domain/reports/parse-number.ts';
import { narrativeField, parseReportField, realisationField, valueField } from '../../domain/reports/report-fields.ts';
import type { FieldProblem } from '../../errors.ts';
import type { ContentsInput } from '../../services/reports/check-report-contents.ts';
import type { ReportContents } from '../../services/reports/read-report-contents.ts';
import { valueOf, type FormValues } from '../../views/portal/form-controls.tsx';
import { MAX_NUMERIC_14_2 } from '../../domain/input/safe-input.ts';

const NOT_A_NUMBER = 'numberInvalid';

/** Stored report contents as form values. */
export function reportValues(contents: ReportContents, version: number): FormValues {
  const values: FormValues = { version: String(version) };
  for (const v of contents.values) values[valueField(v.indicatorId, v.breakdown)] = String(v.value).replace('.', ',');
  for (const r of contents.realisations) values[realisationField(r.actionLineId, r.source)] = String(r.amount);
  for (const n of contents.narratives) values[narrativeField(n.actionLineId)] = n.body;
  return values;
}

/** The posted report form as service input; unreadable numbers are field problems. */
export function parseReportForm(form: FormValues): { contents: ContentsInput; problems: FieldProblem[] } {
  const contents: ContentsInput = { values: [], realisations: [], narratives: [] };
  const problems: FieldProblem[] = [];
  for (const name of Object.keys(form)) {
    const field = parseReportField(name);
    if (!field) continue;
    const text = valueOf(form, name);
    if (field.kind === 'narrative') {
      contents.narratives.push({ actionLineId: field.actionLineId, body: text });
      continue;
    }
    const parsed = parseDutchNumber(text);
    if (!parsed.ok) {
      problems.push({ name, reason: NOT_A_NUMBER });
      continue;
    }
    if (parsed.value !== null && Math.abs(parsed.value) >= MAX_NUMERIC_14_2) {
      problems.push({ name, reason: 'numberTooLarge' });
      continue;
    }
    if (field.kind === 'value') contents.values.push({ indicatorId: field.indicatorId, breakdown: field.breakdown, value: parsed.value });
    else contents.realisations.push({ actionLineId: field.actionLineId, source: field.source, amount: parsed.value });
  }
  return { contents, problems };
}

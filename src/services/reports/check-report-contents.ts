import { validateIndicatorValues, type IndicatorValues } from '../../domain/reports/indicator-values.ts';
import { narrativeField, realisationField, valueField } from '../../domain/reports/report-fields.ts';
import { FUNDING_SOURCES } from '../../domain/enums.ts';
import type { FieldProblem } from '../../errors.ts';
import type { ReportFrame } from './load-report-frame.ts';
import { hasControlCharacters } from '../../domain/input/safe-input.ts';

export type ContentsInput = {
  values: { indicatorId: number; breakdown: string; value: number | null }[];
  realisations: { actionLineId: number; source: string; amount: number | null }[];
  narratives: { actionLineId: number; body: string }[];
};

/** Field problems of report contents against the programme's indicators; on submit, totals and narratives are required. */
export function checkReportContents(frame: ReportFrame, input: ContentsInput, mode: 'save' | 'submit'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byIndicator = new Map<number, IndicatorValues>(frame.indicators.map((i) => [i.id, {}]));
  for (const v of input.values) {
    const values = byIndicator.get(v.indicatorId);
    if (!values) problems.push({ name: valueField(v.indicatorId, v.breakdown), reason: 'indicatorNotInProgramme' });
    else values[v.breakdown] = v.value;
  }
  for (const indicator of frame.indicators) {
    for (const p of validateIndicatorValues(indicator, byIndicator.get(indicator.id) ?? {}, mode)) {
      problems.push({ name: valueField(p.indicatorId, p.breakdown), reason: 'indicatorValue', values: { ...p.values, indicatorNl: indicator.nameNl, indicatorEn: indicator.nameEn, reason: p.reason } });
    }
  }
  const lineIds = new Set(frame.actionLines.map((l) => l.id));
  for (const r of input.realisations) {
    const name = realisationField(r.actionLineId, r.source);
    if (!lineIds.has(r.actionLineId) || !(FUNDING_SOURCES as readonly string[]).includes(r.source)) problems.push({ name, reason: 'lineOrSourceUnknown' });
    else if (r.amount !== null && !(Number.isInteger(r.amount) && r.amount >= 0)) problems.push({ name, reason: 'amountWholeEuros' });
  }
  const narratives = new Map(input.narratives.map((n) => [n.actionLineId, n.body.trim()]));
  for (const n of input.narratives) {
    if (!lineIds.has(n.actionLineId)) problems.push({ name: narrativeField(n.actionLineId), reason: 'lineUnknown' });
    else if (n.body.length > 10_000) problems.push({ name: narrativeField(n.actionLineId), reason: 'max10000' });
    else if (hasControlCharacters(n.body, { lines: true })) problems.push({ name: narrativeField(n.actionLineId), reason: 'badCharacter' });
  }
  if (mode === 'submit') {
    for (const line of frame.actionLines) {
      if (!narratives.get(line.id)) problems.push({ name: narrativeField(line.id), reason: 'narrativeRequired', values: { lineNl: line.nameNl, lineEn: line.nameEn } });
    }
  }
  return problems;
}

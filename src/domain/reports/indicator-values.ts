import type { ErrorCode } from '../../i18n/errors.ts';
// Indicator values of a report: totals plus the breakdowns the indicator defines ("niveau:mbo").
export type IndicatorKind = 'aantal' | 'percentage' | 'kwalitatief';
/** A disaggregation sums to the total unless the indicator says otherwise (sumsToTotal: false). */
export type BreakdownDefinition = { code: string; categories: string[]; sumsToTotal?: boolean };
export type IndicatorDefinition = { id: number; kind: IndicatorKind; disaggregations: BreakdownDefinition[] };
/** Values keyed by breakdown: '' is the total. null means not filled in. */
export type IndicatorValues = Record<string, number | null>;
/** `reason` is an error code (i18n/errors.ts), worded at the edge with `values`. */
export type ValueProblem = { indicatorId: number; breakdown: string; reason: ErrorCode; values?: Record<string, number> };

export const TOTAL = '';
export const breakdownKey = (code: string, category: string) => `${code}:${category}`;

/** Every breakdown key the indicator allows, total first. */
export function breakdownKeys(indicator: IndicatorDefinition): string[] {
  return [TOTAL, ...indicator.disaggregations.flatMap((d) => d.categories.map((c) => breakdownKey(d.code, c)))];
}

function checkValue(kind: IndicatorKind, value: number): ErrorCode | null {
  if (!Number.isFinite(value) || value < 0) return 'valueNonNegative';
  if (kind === 'aantal' && !Number.isInteger(value)) return 'valueWhole';
  if (kind === 'percentage' && value > 100) return 'valuePercentage';
  return null;
}

/** Problems with one indicator's values; on submit every total is required. */
export function validateIndicatorValues(indicator: IndicatorDefinition, values: IndicatorValues, mode: 'save' | 'submit'): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const at = (breakdown: string, reason: ErrorCode, values?: Record<string, number>) =>
    problems.push({ indicatorId: indicator.id, breakdown, reason, ...(values ? { values } : {}) });
  if (indicator.kind === 'kwalitatief') return problems;
  const allowed = new Set(breakdownKeys(indicator));
  for (const [key, value] of Object.entries(values)) {
    if (!allowed.has(key)) at(key, 'breakdownUnknown');
    else if (value !== null) {
      const reason = checkValue(indicator.kind, value);
      if (reason) at(key, reason);
    }
  }
  if (problems.length) return problems;
  const total = values[TOTAL] ?? null;
  if (mode === 'submit' && total === null) at(TOTAL, 'totalRequired');
  for (const d of indicator.disaggregations) {
    const keys = d.categories.map((c) => breakdownKey(d.code, c));
    const filled = keys.filter((k) => (values[k] ?? null) !== null);
    if (filled.length === 0) continue;
    const missing = keys.find((k) => (values[k] ?? null) === null);
    if (missing !== undefined) {
      at(missing, 'breakdownIncomplete');
      continue;
    }
    if (!(d.sumsToTotal ?? indicator.kind === 'aantal')) continue;
    const sum = keys.reduce((s, k) => s + (values[k] as number), 0);
    if (total === null) at(TOTAL, 'totalRequiredForBreakdown');
    else if (sum !== total) at(keys[0] as string, 'breakdownSum', { sum, total });
  }
  return problems;
}

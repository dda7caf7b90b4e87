import { breakdownKeys, type IndicatorDefinition } from './indicator-values.ts';

export type ValueRow = { indicatorId: number; breakdown: string; value: number };
export type PeriodReport = { id: number; periodYear: number };

/** The report to copy from: the latest earlier period that has a report. */
export function choosePrefillSource<T extends PeriodReport>(reports: T[], periodYear: number): T | null {
  return reports.filter((r) => r.periodYear < periodYear).sort((a, b) => b.periodYear - a.periodYear)[0] ?? null;
}

/**
 * Indicator values to start a new report with: last period's values, kept only where the indicator still
 * defines that breakdown. Budget realisation and narratives start empty, since they are new each year.
 */
export function prefillIndicatorValues(indicators: IndicatorDefinition[], previous: ValueRow[]): ValueRow[] {
  const allowed = new Map(indicators.filter((i) => i.kind !== 'kwalitatief').map((i) => [i.id, new Set(breakdownKeys(i))]));
  return previous.filter((v) => allowed.get(v.indicatorId)?.has(v.breakdown));
}

import type { ReportState } from '../reports/report-workflow.ts';

// The one rule for when a year's budget may no longer change. The office judges a submitted report against
// the budget of its period, so that budget is fixed from submission; it opens again only if the report is
// returned, and stays fixed once approved. The portal grid, change requests and the budget import all ask here.

/** Report states that fix the budget of their period. */
export const BUDGET_LOCKING_STATES = ['ingediend', 'goedgekeurd'] as const satisfies readonly ReportState[];

/** A consortium's report on a period (a year) and its state. */
export type PeriodReport = { year: number; status: ReportState };

/** Why the budget of a year may not change: an error code from the catalogue and its values. */
export type BudgetLock = { reason: 'budgetYearLocked' | 'budgetYearInAssessment'; values: { year: number } };

export function locksBudget(status: ReportState): boolean {
  return (BUDGET_LOCKING_STATES as readonly ReportState[]).includes(status);
}

/** The lock on changing the budget of `year`, or null when it may change. */
export function budgetLockOf(year: number, reports: readonly PeriodReport[]): BudgetLock | null {
  const report = reports.find((r) => r.year === year && locksBudget(r.status));
  if (!report) return null;
  return { reason: report.status === 'goedgekeurd' ? 'budgetYearLocked' : 'budgetYearInAssessment', values: { year } };
}

/** The years whose budget is fixed, in order, for showing them as such. */
export function lockedYearsOf(reports: readonly PeriodReport[]): number[] {
  return [...new Set(reports.filter((r) => locksBudget(r.status)).map((r) => r.year))].sort((a, b) => a - b);
}

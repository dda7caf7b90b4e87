import type { FUNDING_SOURCES } from '../enums.ts';

// A consortium's budget in three views: per action line (planned and realised), per year and source, and totals.
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export type BudgetAmount = { actionLineId: number; year: number; source: FundingSource; amount: number };
export type YearBudget = { year: number; planned: Record<FundingSource, number>; plannedTotal: number; realisedTotal: number };
export type BudgetSummary<L extends { id: number }> = { actionLines: (L & { planned: number; realised: number })[]; years: YearBudget[]; planned: number; realised: number };

const sum = (rows: BudgetAmount[]) => rows.reduce((s, r) => s + r.amount, 0);

/** Realised amounts must come from approved reports only; the caller filters. */
export function summariseBudget<L extends { id: number }>(
  lines: L[], sources: readonly FundingSource[], planned: BudgetAmount[], realised: BudgetAmount[],
): BudgetSummary<L> {
  const years = [...new Set([...planned, ...realised].map((r) => r.year))].sort((a, b) => a - b);
  return {
    actionLines: lines.map((l) => ({
      ...l, planned: sum(planned.filter((p) => p.actionLineId === l.id)), realised: sum(realised.filter((r) => r.actionLineId === l.id)),
    })),
    years: years.map((year) => {
      const ofYear = planned.filter((p) => p.year === year);
      return {
        year,
        planned: Object.fromEntries(sources.map((s) => [s, sum(ofYear.filter((p) => p.source === s))])) as Record<FundingSource, number>,
        plannedTotal: sum(ofYear),
        realisedTotal: sum(realised.filter((r) => r.year === year)),
      };
    }),
    planned: sum(planned),
    realised: sum(realised),
  };
}

import { apportion } from '../apportion.ts';

export const SUBSIDY = 'ngf_subsidie';
export const COFINANCING = ['bedrijfsleven', 'onderwijs', 'overheid', 'overig'] as const;
export type BudgetSource = typeof SUBSIDY | (typeof COFINANCING)[number];

/** One cell of an application's budget: action line × year × source, whole euros. */
export type ApplicationCell = { actionLineId: number; year: number; source: BudgetSource; amount: number };

export type BudgetTotals = { requested: number; totalCosts: number; cofinancing: Record<(typeof COFINANCING)[number], number> };

/** The sums an application is judged on: the subsidy asked, the total costs, cofinancing per source. */
export function budgetTotals(cells: readonly ApplicationCell[]): BudgetTotals {
  const cofinancing = { bedrijfsleven: 0, onderwijs: 0, overheid: 0, overig: 0 };
  let requested = 0;
  for (const c of cells) {
    if (c.source === SUBSIDY) requested += c.amount;
    else cofinancing[c.source] += c.amount;
  }
  const totalCofinancing = COFINANCING.reduce((s, k) => s + cofinancing[k], 0);
  return { requested, totalCosts: requested + totalCofinancing, cofinancing };
}

/**
 * The budget approved with an award: subsidy cells scaled to the awarded amount (exact to the euro),
 * cofinancing as applied for. An award of the full request leaves the budget as it is.
 */
export function approvedBudget(cells: readonly ApplicationCell[], awarded: number): ApplicationCell[] {
  const subsidy = cells.filter((c) => c.source === SUBSIDY && c.amount > 0);
  const requested = subsidy.reduce((s, c) => s + c.amount, 0);
  if (awarded > requested) throw new Error(`award ${awarded} exceeds request ${requested}`);
  if (awarded === requested) return cells.map((c) => ({ ...c }));
  const scaled = awarded === 0 ? subsidy.map(() => 0) : apportion(awarded, subsidy.map((c) => c.amount));
  const bySubsidyCell = new Map(subsidy.map((c, i) => [c, scaled[i] as number]));
  return cells.map((c) => ({ ...c, amount: bySubsidyCell.get(c) ?? (c.source === SUBSIDY ? 0 : c.amount) }));
}

// Totals of a budget grid: per action line by source and year, and for the whole budget.
export type GridCell = { actionLineId: number; year: number; source: string; amount: number };

export type LineTotals = { bySource: Record<string, number>; byYear: Record<number, number>; total: number };
export type BudgetTotals = { lines: Record<number, LineTotals>; bySourceYear: Record<string, Record<number, number>> } & LineTotals;

const empty = (): LineTotals => ({ bySource: {}, byYear: {}, total: 0 });
const add = (t: LineTotals, c: GridCell) => {
  t.bySource[c.source] = (t.bySource[c.source] ?? 0) + c.amount;
  t.byYear[c.year] = (t.byYear[c.year] ?? 0) + c.amount;
  t.total += c.amount;
};

export function budgetTotals(cells: readonly GridCell[]): BudgetTotals {
  const totals: BudgetTotals = { ...empty(), lines: {}, bySourceYear: {} };
  for (const c of cells) {
    add((totals.lines[c.actionLineId] ??= empty()), c);
    add(totals, c);
    const row = (totals.bySourceYear[c.source] ??= {});
    row[c.year] = (row[c.year] ?? 0) + c.amount;
  }
  return totals;
}

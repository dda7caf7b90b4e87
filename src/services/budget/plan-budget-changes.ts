import { budgetLockOf } from '../../domain/budget/budget-lock.ts';
import { budgetField } from '../../domain/consortia/grid-fields.ts';
import type { FieldProblem } from '../../errors.ts';
import type { BudgetGrid } from '../consortia/get-budget-grid.ts';
import { applyBudgetChanges, type BudgetAmount } from './check-budget-rules.ts';

export type PlannedLine = { actionLineId: number; year: number; source: string; plannedAmount: number; version: number | null };

/** The cells that really change, and why any of them may not: unknown action line or year, or a year whose budget a submitted or approved report fixes. */
export function planBudgetChanges<L extends PlannedLine>(grid: BudgetGrid, lines: readonly L[]): { changes: L[]; problems: FieldProblem[]; proposed: BudgetAmount[] } {
  const existing = new Map(grid.cells.map((c) => [`${c.actionLineId}.${c.year}.${c.source}`, c]));
  const lineIds = new Set(grid.actionLines.map((l) => l.id));
  const problems: FieldProblem[] = [];
  const changes = lines.filter((l) => {
    const before = existing.get(`${l.actionLineId}.${l.year}.${l.source}`);
    // A cell whose amount equals the stored one overwrites nothing, whatever version the form had.
    return before ? before.plannedAmount !== l.plannedAmount : l.plannedAmount !== 0;
  });
  for (const l of changes) {
    const name = budgetField(l.actionLineId, l.year, l.source);
    if (!lineIds.has(l.actionLineId) || !grid.years.includes(l.year)) problems.push({ name, reason: 'lineOrYearNotInProgramme' });
    else {
      const lock = budgetLockOf(l.year, grid.reports);
      if (lock) problems.push({ name, ...lock });
    }
  }
  const amount = (c: { actionLineId: number; year: number; source: string; plannedAmount: number }): BudgetAmount =>
    ({ actionLineId: c.actionLineId, year: c.year, source: c.source, amount: c.plannedAmount });
  return { changes, problems, proposed: applyBudgetChanges(grid.cells.map(amount), changes.map(amount)) };
}

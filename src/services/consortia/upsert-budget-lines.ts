import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { budgetLines } from '../../db/schema/index.ts';
import { FUNDING_SOURCES } from '../../domain/enums.ts';
import { Invalid } from '../../errors.ts';
import { checkBudgetRules, requireBudgetRules } from '../budget/check-budget-rules.ts';
import { planBudgetChanges } from '../budget/plan-budget-changes.ts';
import { requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { requireUpdated, staleConflict } from '../optimistic-lock.ts';
import { recordAudit } from '../record-audit.ts';
import { readBudgetGrid } from './get-budget-grid.ts';

export const BudgetLineInput = z.object({
  actionLineId: z.number().int().positive(),
  year: z.number().int(),
  source: z.enum(FUNDING_SOURCES),
  plannedAmount: z.number().int('amountWhole').nonnegative('amountNotNegative'),
  /** The version the form showed; null for a cell that had no budget line yet. */
  version: z.number().int().positive().nullable(),
});
export type BudgetLineInput = z.infer<typeof BudgetLineInput>;

/** Saves the changed cells of the budget grid: all or nothing, refused if any cell changed meanwhile, its year is locked or a programme rule fails. */
export async function upsertBudgetLines(ctx: ServiceContext, input: { consortiumId: number; lines: BudgetLineInput[] }): Promise<{ changed: number }> {
  const actor = requireConsortiumScope(ctx, input.consortiumId);
  return ctx.db.transaction(async (tx) => {
    const grid = await readBudgetGrid(tx, input.consortiumId);
    const existing = new Map(grid.cells.map((c) => [`${c.actionLineId}.${c.year}.${c.source}`, c]));
    const { changes, problems, proposed } = planBudgetChanges(grid, input.lines);
    if (problems.length) throw new Invalid('budgetNotSaved', problems);
    // A form read before someone else's save is refused first: its numbers are not the ones the rules would judge.
    for (const l of changes) {
      const before = existing.get(`${l.actionLineId}.${l.year}.${l.source}`);
      if (before ? before.version !== l.version : l.version !== null) throw staleConflict();
    }
    // The rules judge the whole budget as it would be after saving: award, subsidy share, change threshold.
    if (changes.length) requireBudgetRules(await checkBudgetRules(tx, input.consortiumId, proposed));
    for (const l of changes) {
      const before = existing.get(`${l.actionLineId}.${l.year}.${l.source}`);
      if (!before) {
        if (l.version !== null) throw staleConflict();
        const [row] = await tx.insert(budgetLines).values({ consortiumId: input.consortiumId, actionLineId: l.actionLineId, year: l.year, source: l.source, plannedAmount: l.plannedAmount })
          .onConflictDoNothing().returning({ id: budgetLines.id });
        const created = requireUpdated(row ? [row] : []);
        await recordAudit(tx, actor, { action: 'budget_line.create', entity: 'budget_lines', entityId: created.id, after: l });
        continue;
      }
      if (l.version === null) throw staleConflict();
      const updated = await tx
        .update(budgetLines)
        .set({ plannedAmount: l.plannedAmount, version: sql`${budgetLines.version} + 1` })
        .where(and(eq(budgetLines.consortiumId, input.consortiumId), eq(budgetLines.actionLineId, l.actionLineId), eq(budgetLines.year, l.year),
          eq(budgetLines.source, l.source), eq(budgetLines.version, l.version)))
        .returning({ id: budgetLines.id, version: budgetLines.version });
      const row = requireUpdated(updated);
      await recordAudit(tx, actor, { action: 'budget_line.update', entity: 'budget_lines', entityId: row.id,
        before: { plannedAmount: before.plannedAmount, version: before.version }, after: { plannedAmount: l.plannedAmount, version: row.version } });
    }
    return { changed: changes.length };
  });
}

import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { budgetLines } from '../../db/schema/index.ts';
import { FUNDING_SOURCES } from '../../domain/enums.ts';
import { budgetField } from '../../domain/consortia/grid-fields.ts';
import { Invalid, type FieldProblem } from '../../errors.ts';
import { requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { requireUpdated, staleConflict } from '../optimistic-lock.ts';
import { recordAudit } from '../record-audit.ts';
import { readBudgetGrid } from './get-budget-grid.ts';

export const BudgetLineInput = z.object({
  actionLineId: z.number().int().positive(),
  year: z.number().int(),
  source: z.enum(FUNDING_SOURCES),
  plannedAmount: z.number().int('Vul een bedrag in hele euro’s in.').nonnegative('Vul een bedrag van 0 of hoger in.'),
  /** The version the form showed; null for a cell that had no budget line yet. */
  version: z.number().int().positive().nullable(),
});
export type BudgetLineInput = z.infer<typeof BudgetLineInput>;

/** Saves the changed cells of the budget grid: all or nothing, refused if any cell changed meanwhile or its year is locked. */
export async function upsertBudgetLines(ctx: ServiceContext, input: { consortiumId: number; lines: BudgetLineInput[] }): Promise<{ changed: number }> {
  const actor = requireConsortiumScope(ctx, input.consortiumId);
  return ctx.db.transaction(async (tx) => {
    const grid = await readBudgetGrid(tx, input.consortiumId);
    const existing = new Map(grid.cells.map((c) => [`${c.actionLineId}.${c.year}.${c.source}`, c]));
    const lineIds = new Set(grid.actionLines.map((l) => l.id));
    const problems: FieldProblem[] = [];
    const changes = input.lines.filter((l) => {
      const before = existing.get(`${l.actionLineId}.${l.year}.${l.source}`);
      // A cell whose amount equals the stored one overwrites nothing, whatever version the form had.
      return before ? before.plannedAmount !== l.plannedAmount : l.plannedAmount !== 0;
    });
    for (const l of changes) {
      const name = budgetField(l.actionLineId, l.year, l.source);
      if (!lineIds.has(l.actionLineId) || !grid.years.includes(l.year)) problems.push({ name, reason: 'lineOrYearNotInProgramme' });
      else if (grid.lockedYears.includes(l.year)) problems.push({ name, reason: 'budgetYearLocked', values: { year: l.year } });
    }
    if (problems.length) throw new Invalid('budgetNotSaved', problems);
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

import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../db/client.ts';
import { budgetLines, changeRequests } from '../../db/schema/index.ts';
import { Conflict, Invalid, NotFound } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { readBudgetGrid } from '../consortia/get-budget-grid.ts';
import { requireUpdated } from '../optimistic-lock.ts';
import { recordAudit } from '../record-audit.ts';
import { checkBudgetRules, requireBudgetRules, type BudgetAmount } from './check-budget-rules.ts';
import { planBudgetChanges } from './plan-budget-changes.ts';
import { setBudgetBaseline } from './set-budget-baseline.ts';

const Cells = z.array(z.object({ actionLineId: z.number().int(), year: z.number().int(), source: z.string(), amount: z.number().int().nonnegative() }));
export type ChangeDecision = { id: number; version: number; outcome: 'goedgekeurd' | 'afgewezen'; note: string };

/** Writes the approved cells onto the planned budget; versions move so open grids are refused instead of overwriting. */
async function applyCells(tx: Tx, consortiumId: number, cells: BudgetAmount[]): Promise<void> {
  for (const c of cells) {
    await tx.insert(budgetLines).values({ consortiumId, actionLineId: c.actionLineId, year: c.year, source: c.source as never, plannedAmount: c.amount })
      .onConflictDoUpdate({ target: [budgetLines.consortiumId, budgetLines.actionLineId, budgetLines.year, budgetLines.source],
        set: { plannedAmount: c.amount, version: sql`${budgetLines.version} + 1` } });
  }
}

/** The office approves (the change counts and becomes the new approved budget) or refuses, always with its reason when refusing. */
export async function decideChangeRequest(ctx: ServiceContext, input: ChangeDecision): Promise<void> {
  const actor = requireRole(ctx, 'programmabureau');
  const note = input.note.trim();
  if (input.outcome === 'afgewezen' && !note) throw new Invalid('decisionNotSaved', [{ name: 'toelichting', reason: 'changeRequestRefusalReason' }]);
  if (note.length > 5000) throw new Invalid('decisionNotSaved', [{ name: 'toelichting', reason: 'changeRequestNoteTooLong' }]);
  await ctx.db.transaction(async (tx) => {
    const [cr] = await tx.select({ consortiumId: changeRequests.consortiumId, status: changeRequests.status, proposed: changeRequests.proposed })
      .from(changeRequests).where(eq(changeRequests.id, input.id));
    if (!cr) throw new NotFound('changeRequestNotFound');
    if (cr.status !== 'ingediend') throw new Conflict('changeRequestDecided');
    const cells = Cells.parse(cr.proposed);
    if (input.outcome === 'goedgekeurd') {
      // Checked again now: the award or a locked year may have changed since the request was made.
      const lines = cells.map((c) => ({ ...c, plannedAmount: c.amount, version: null }));
      const { problems, proposed } = planBudgetChanges(await readBudgetGrid(tx, cr.consortiumId), lines);
      if (problems.length) throw new Invalid('changeRequestCannotApprove', problems);
      requireBudgetRules(await checkBudgetRules(tx, cr.consortiumId, proposed), { allowChange: true });
      await applyCells(tx, cr.consortiumId, cells);
      await setBudgetBaseline(tx, cr.consortiumId);
    }
    const updated = await tx.update(changeRequests)
      .set({ status: input.outcome, decisionNote: note, decidedBy: actor.userId, decidedAt: new Date(), version: input.version + 1 })
      .where(and(eq(changeRequests.id, input.id), eq(changeRequests.version, input.version))).returning({ id: changeRequests.id });
    requireUpdated(updated);
    await recordAudit(tx, actor, { action: `change_request.${input.outcome === 'goedgekeurd' ? 'approve' : 'refuse'}`, entity: 'change_requests', entityId: input.id,
      before: { status: 'ingediend' }, after: { status: input.outcome, note, cells: input.outcome === 'goedgekeurd' ? cells : undefined } });
  });
}

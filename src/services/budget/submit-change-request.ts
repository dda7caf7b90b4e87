import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { changeRequests } from '../../db/schema/index.ts';
import { failures } from '../../domain/rules/index.ts';
import { Conflict, Invalid, issueProblems } from '../../errors.ts';
import { requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { readBudgetGrid } from '../consortia/get-budget-grid.ts';
import type { BudgetLineInput } from '../consortia/upsert-budget-lines.ts';
import { recordAudit } from '../record-audit.ts';
import { CHANGE_RULE, checkBudgetRules, requireBudgetRules } from './check-budget-rules.ts';
import { planBudgetChanges } from './plan-budget-changes.ts';

export const Motivation = z.string().trim().min(1, 'changeRequestMotivation').max(5000, 'changeRequestNoteTooLong');

/**
 * A budget change beyond the threshold, held apart as a wijzigingsverzoek: the planned budget stays as it is
 * until the office approves. The other rules (award, subsidy share) must already hold for the proposal.
 */
export async function submitChangeRequest(ctx: ServiceContext, input: { consortiumId: number; lines: BudgetLineInput[]; motivation: string }): Promise<{ id: number }> {
  const actor = requireConsortiumScope(ctx, input.consortiumId);
  const motivation = Motivation.safeParse(input.motivation);
  if (!motivation.success) throw new Invalid('changeRequestNotSubmitted', issueProblems(motivation.error.issues.slice(0, 1)).map((p) => ({ ...p, name: 'motivering' })));
  return ctx.db.transaction(async (tx) => {
    const pending = await tx.select({ id: changeRequests.id }).from(changeRequests)
      .where(and(eq(changeRequests.consortiumId, input.consortiumId), eq(changeRequests.status, 'ingediend')));
    if (pending.length) throw new Conflict('changeRequestPending');
    const { changes, problems, proposed } = planBudgetChanges(await readBudgetGrid(tx, input.consortiumId), input.lines);
    if (problems.length) throw new Invalid('changeRequestNotSubmitted', problems);
    const outcomes = await checkBudgetRules(tx, input.consortiumId, proposed);
    requireBudgetRules(outcomes, { allowChange: true });
    if (!failures(outcomes).some((o) => o.rule === CHANGE_RULE)) {
      throw new Invalid('changeRequestNotNeeded');
    }
    const cells = changes.map((l) => ({ actionLineId: l.actionLineId, year: l.year, source: l.source, amount: l.plannedAmount }));
    const [row] = await tx.insert(changeRequests).values({ consortiumId: input.consortiumId, motivation: motivation.data, proposed: cells, submittedBy: actor.userId })
      .returning({ id: changeRequests.id });
    await recordAudit(tx, actor, { action: 'change_request.submit', entity: 'change_requests', entityId: row!.id, after: { consortiumId: input.consortiumId, motivation: motivation.data, cells } });
    return { id: row!.id };
  });
}

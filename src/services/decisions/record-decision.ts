import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { applications, decisions } from '../../db/schema/index.ts';
import { decisionProblems } from '../../domain/selection/decision-rules.ts';
import { Conflict, Invalid } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { getApplicationHeader } from '../applications/application-access.ts';
import { requireUpdated } from '../optimistic-lock.ts';
import { parseInput } from '../parse-input.ts';
import { recordAudit } from '../record-audit.ts';
import { awardConsortium } from './award-consortium.ts';

export const DecisionInput = z.object({
  outcome: z.enum(['toegekend', 'afgewezen'], { message: 'outcomeChoose' }),
  awardedAmount: z.number().int().min(0),
  reasons: z.string().trim().max(10_000).default(''),
  decidedOn: z.iso.date(),
});

/** The office decides an eligible application: an award (at most the request) makes or updates its consortium; a rejection states its reasons. */
export async function recordDecision(ctx: ServiceContext, input: { applicationId: number; version: number; decision: z.input<typeof DecisionInput> }): Promise<{ consortiumId: number | null }> {
  const actor = requireRole(ctx, 'programmabureau');
  const d = parseInput(DecisionInput, input.decision);
  const header = await getApplicationHeader(ctx.db, input.applicationId);
  if (!['ontvankelijk', 'beoordeeld'].includes(header.status)) throw new Conflict('decisionOnlyEligible');
  const problems = decisionProblems({ outcome: d.outcome, awardedAmount: d.awardedAmount, reasons: d.reasons }, header.requestedAmount);
  if (problems.length) throw new Invalid('decisionNotSaved', problems.map((p) => ({ name: p.field, reason: p.code })));
  return ctx.db.transaction(async (tx) => {
    requireUpdated(await tx.update(applications).set({ status: d.outcome, version: input.version + 1 })
      .where(and(eq(applications.id, header.id), eq(applications.version, input.version))).returning({ id: applications.id }));
    await tx.insert(decisions).values({ applicationId: header.id, outcome: d.outcome, awardedAmount: d.outcome === 'toegekend' ? d.awardedAmount : 0, decidedOn: d.decidedOn, note: d.reasons });
    await recordAudit(tx, actor, { action: 'decide', entity: 'applications', entityId: header.id, after: { outcome: d.outcome, awardedAmount: d.awardedAmount } });
    const consortiumId = d.outcome === 'toegekend' ? await awardConsortium(tx, actor, header.id, d.awardedAmount) : null;
    return { consortiumId };
  });
}

import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { applications } from '../../db/schema/index.ts';
import { Conflict } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { requireUpdated } from '../optimistic-lock.ts';
import { parseInput } from '../parse-input.ts';
import { recordAudit } from '../record-audit.ts';
import { getApplicationHeader } from './application-access.ts';

export const EligibilityInput = z.discriminatedUnion('eligible', [
  z.object({ eligible: z.literal(true), reasons: z.string().trim().max(5000).default('') }),
  z.object({ eligible: z.literal(false), reasons: z.string().trim().min(5, 'ineligibleReasons').max(5000) }),
]);

/** The office records whether a submitted application is eligible (ontvankelijk), or not and why. */
export async function recordEligibility(ctx: ServiceContext, input: { applicationId: number; version: number; decision: unknown }): Promise<{ version: number }> {
  const actor = requireRole(ctx, 'programmabureau');
  const decision = parseInput(EligibilityInput, input.decision);
  const header = await getApplicationHeader(ctx.db, input.applicationId);
  if (!['ingediend', 'ontvankelijk', 'niet_ontvankelijk'].includes(header.status)) throw new Conflict('eligibilityAfterDecision');
  return ctx.db.transaction(async (tx) => {
    const status = decision.eligible ? 'ontvankelijk' : 'niet_ontvankelijk';
    const [moved] = [requireUpdated(await tx.update(applications)
      .set({ status, eligibilityReasons: decision.reasons, version: input.version + 1 })
      .where(and(eq(applications.id, header.id), eq(applications.version, input.version), inArray(applications.status, ['ingediend', 'ontvankelijk', 'niet_ontvankelijk'])))
      .returning({ version: applications.version }))];
    await recordAudit(tx, actor, { action: 'eligibility', entity: 'applications', entityId: header.id, before: { status: header.status }, after: { status } });
    return { version: moved!.version };
  });
}

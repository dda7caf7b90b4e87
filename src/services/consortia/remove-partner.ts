import { and, eq, isNull, sql } from 'drizzle-orm';
import { memberships, organisations } from '../../db/schema/index.ts';
import { Invalid, NotFound } from '../../errors.ts';
import { requireActor, requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { requireUpdated } from '../optimistic-lock.ts';
import { recordAudit } from '../record-audit.ts';
import { getPpsConsortiumId } from './get-pps-for-edit.ts';
import { leadPartnerRefusal } from '../../domain/consortia/lead-partner.ts';

/** Ends a partnership as of today (history is kept); the lead partner cannot be removed. */
export async function removePartner(ctx: ServiceContext, input: { membershipId: number; version: number; today?: string }): Promise<void> {
  requireActor(ctx);
  const [m] = await ctx.db
    .select({ ppsId: memberships.ppsId, role: memberships.role, since: memberships.since, until: memberships.until, organisationId: memberships.organisationId, name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.id, input.membershipId));
  if (!m) throw new NotFound('partnershipNotFound');
  const actor = requireConsortiumScope(ctx, await getPpsConsortiumId(ctx, m.ppsId));
  const today = input.today ?? new Date().toISOString().slice(0, 10);
  const refusal = leadPartnerRefusal(m.name, m, { role: m.role, until: today });
  if (refusal) throw new Invalid('leadPartnerStays', [], { name: m.name });
  // A partner added today by mistake ends on the day it started; since <= until keeps the row valid.
  const until = m.since > today ? m.since : today;
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(memberships)
      .set({ until, version: sql`${memberships.version} + 1` })
      .where(and(eq(memberships.id, input.membershipId), eq(memberships.version, input.version), isNull(memberships.until)))
      .returning({ version: memberships.version });
    requireUpdated(updated);
    await recordAudit(tx, actor, { action: 'membership.end', entity: 'memberships', entityId: input.membershipId,
      before: { ppsId: m.ppsId, organisationId: m.organisationId, until: m.until }, after: { until } });
  });
}

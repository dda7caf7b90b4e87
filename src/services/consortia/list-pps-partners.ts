import { and, asc, eq, isNull } from 'drizzle-orm';
import { memberships, organisations, pps } from '../../db/schema/index.ts';
import { requireActor, requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { getPpsConsortiumId } from './get-pps-for-edit.ts';

export type PartnerItem = { membershipId: number; organisationId: number; name: string; kind: string; kvkNumber: string | null; brinCode: string | null; role: string; since: string; version: number };
export type PpsPartners = { ppsId: number; ppsName: string; consortiumId: number; partners: PartnerItem[] };

/** Current partners of a pps (memberships without an end date), lead partner first. */
export async function listPpsPartners(ctx: ServiceContext, input: { ppsId: number }): Promise<PpsPartners> {
  requireActor(ctx);
  const consortiumId = await getPpsConsortiumId(ctx, input.ppsId);
  requireConsortiumScope(ctx, consortiumId);
  const [p] = await ctx.db.select({ name: pps.name }).from(pps).where(eq(pps.id, input.ppsId));
  const partners = await ctx.db
    .select({
      membershipId: memberships.id, organisationId: organisations.id, name: organisations.name, kind: organisations.kind, kvkNumber: organisations.kvkNumber,
      brinCode: organisations.brinCode, role: memberships.role, since: memberships.since, version: memberships.version,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.ppsId, input.ppsId), isNull(memberships.until)))
    .orderBy(asc(memberships.role), asc(organisations.name));
  return { ppsId: input.ppsId, ppsName: p!.name, consortiumId, partners };
}

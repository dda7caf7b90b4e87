import { asc, eq, isNull, sql } from 'drizzle-orm';
import { memberships, municipalities, pps } from '../../db/schema/index.ts';
import { requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export type PpsListItem = { id: number; name: string; foundedYear: number; status: string; municipalityName: string | null; partnerCount: number };

/** The consortium's pps'en with their current number of partners. */
export async function listConsortiumPps(ctx: ServiceContext, input: { consortiumId: number }): Promise<PpsListItem[]> {
  requireConsortiumScope(ctx, input.consortiumId);
  const current = ctx.db
    .select({ ppsId: memberships.ppsId, n: sql<number>`count(*)::int`.as('n') })
    .from(memberships)
    .where(isNull(memberships.until))
    .groupBy(memberships.ppsId)
    .as('current');
  return ctx.db
    .select({ id: pps.id, name: pps.name, foundedYear: pps.foundedYear, status: pps.status, municipalityName: municipalities.name, partnerCount: sql<number>`coalesce(${current.n}, 0)`.mapWith(Number) })
    .from(pps)
    .leftJoin(municipalities, eq(municipalities.code, pps.municipalityCode))
    .leftJoin(current, eq(current.ppsId, pps.id))
    .where(eq(pps.consortiumId, input.consortiumId))
    .orderBy(asc(pps.name));
}

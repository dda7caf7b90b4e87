import { and, asc, countDistinct, eq, isNull } from 'drizzle-orm';
import { memberships, organisations, pps } from '../../db/schema/index.ts';
import { countPartnerTypes, partnerTypeOf, type PartnerType } from '../../domain/public/partner-types.ts';
import type { ServiceContext } from '../context.ts';
import { offsetOf, type Page, type PageRequest } from '../listing.ts';

export type ConsortiumPartner = { id: number; name: string; type: PartnerType; ppsCount: number };
export type ConsortiumPartners = Page<ConsortiumPartner> & { byType: { type: PartnerType; count: number }[] };

/** Organisations with a current membership in the consortium's pps'en: counts per partner type and one page by name. */
export async function listConsortiumPartners(ctx: ServiceContext, input: { consortiumId: number; page: PageRequest }): Promise<ConsortiumPartners> {
  const current = and(eq(pps.consortiumId, input.consortiumId), isNull(memberships.until));
  const orgClass = { kind: organisations.kind, educationLevel: organisations.educationLevel, companySize: organisations.companySize, governmentLevel: organisations.governmentLevel };
  const [groups, rows] = await Promise.all([
    ctx.db.select({ ...orgClass, count: countDistinct(organisations.id) })
      .from(memberships).innerJoin(pps, eq(pps.id, memberships.ppsId)).innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(current).groupBy(organisations.kind, organisations.educationLevel, organisations.companySize, organisations.governmentLevel),
    ctx.db.select({ id: organisations.id, name: organisations.name, ...orgClass, ppsCount: countDistinct(memberships.ppsId) })
      .from(memberships).innerJoin(pps, eq(pps.id, memberships.ppsId)).innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(current).groupBy(organisations.id).orderBy(asc(organisations.name), asc(organisations.id))
      .limit(input.page.pageSize).offset(offsetOf(input.page)),
  ]);
  return {
    byType: countPartnerTypes(groups),
    // Each organisation falls in exactly one group, so the groups' distinct counts add up to the distinct total.
    total: groups.reduce((sum, g) => sum + g.count, 0),
    items: rows.map((r) => ({ id: r.id, name: r.name, type: partnerTypeOf(r), ppsCount: r.ppsCount })),
  };
}

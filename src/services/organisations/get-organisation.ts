import { asc, eq } from 'drizzle-orm';
import type { MEMBERSHIP_ROLES } from '../../domain/enums.ts';
import { memberships, organisations, pps } from '../../db/schema/index.ts';
import { NotFound } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { selectOrganisations, toOrganisationSummary, type OrganisationSummary } from './public-organisation.ts';

export type OrganisationMembership = { ppsId: number; ppsName: string; consortiumId: number | null; role: (typeof MEMBERSHIP_ROLES)[number]; since: string; until: string | null };
export type OrganisationDetail = OrganisationSummary & { memberships: OrganisationMembership[] };

/** One organisation with the pps'en it takes part in; NotFound when the id is unknown. */
export async function getOrganisation(ctx: ServiceContext, id: number): Promise<OrganisationDetail> {
  const [row] = await selectOrganisations(ctx.db).where(eq(organisations.id, id));
  if (!row) throw new NotFound('organisationIdNotFound', { id });
  const rows = await ctx.db
    .select({ ppsId: pps.id, ppsName: pps.name, consortiumId: pps.consortiumId, role: memberships.role, since: memberships.since, until: memberships.until })
    .from(memberships)
    .innerJoin(pps, eq(pps.id, memberships.ppsId))
    .where(eq(memberships.organisationId, id))
    .orderBy(asc(pps.name), asc(memberships.since));
  return { ...toOrganisationSummary(row), memberships: rows };
}

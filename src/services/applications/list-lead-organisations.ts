import { asc, inArray } from 'drizzle-orm';
import { organisations } from '../../db/schema/index.ts';
import { hasRole, requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { listEditableOrganisations } from './application-access.ts';

export type LeadOption = { id: number; name: string };

/** The organisations the actor may start an application for: an applicant's own; the office any school. */
export async function listLeadOrganisations(ctx: ServiceContext): Promise<LeadOption[]> {
  const actor = requireActor(ctx);
  const query = ctx.db.select({ id: organisations.id, name: organisations.name }).from(organisations);
  if (hasRole(actor, 'programmabureau')) {
    // The lead partner (penvoerder) of a pps application is an education institution.
    return query.where(inArray(organisations.kind, ['onderwijsinstelling'])).orderBy(asc(organisations.name));
  }
  const ids = await listEditableOrganisations(ctx.db, actor);
  // An applicant not yet linked to an organisation has nothing to apply for (the office links them).
  if (ids.length === 0) return [];
  return query.where(inArray(organisations.id, ids)).orderBy(asc(organisations.name));
}

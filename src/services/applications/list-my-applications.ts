import { desc, eq, inArray } from 'drizzle-orm';
import { applications, rounds } from '../../db/schema/index.ts';
import { hasRole, requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { listEditableOrganisations } from './application-access.ts';

export type MyApplication = { id: number; reference: string; title: string; status: string; roundName: string; closesOn: string; requestedAmount: number };

/** The applications of the organisations the applicant edits for, nothing of anyone else's; the office sees them all (it may enter them on an applicant's behalf). */
export async function listMyApplications(ctx: ServiceContext): Promise<MyApplication[]> {
  const actor = requireActor(ctx);
  const office = hasRole(actor, 'programmabureau');
  const orgs = office ? [] : await listEditableOrganisations(ctx.db, actor);
  if (!office && orgs.length === 0) return [];
  return ctx.db
    .select({ id: applications.id, reference: applications.reference, title: applications.title, status: applications.status, roundName: rounds.name, closesOn: rounds.closesOn, requestedAmount: applications.requestedAmount })
    .from(applications)
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .where(office ? undefined : inArray(applications.leadOrganisationId, orgs))
    .orderBy(desc(applications.id));
}

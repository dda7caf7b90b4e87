import { and, asc, eq, ne } from 'drizzle-orm';
import { applications, assessorAssignments, organisations } from '../../db/schema/index.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export type MyAssignment = { id: number; applicationId: number; reference: string; title: string; leadOrganisation: string; status: string; dueOn: string; version: number };

/** The assessor's own assignments with status and deadline; one declined for a conflict is never listed again. */
export async function listMyAssignments(ctx: ServiceContext): Promise<MyAssignment[]> {
  const actor = requireRole(ctx, 'beoordelaar');
  return ctx.db
    .select({
      id: assessorAssignments.id, applicationId: applications.id, reference: applications.reference, title: applications.title,
      leadOrganisation: organisations.name, status: assessorAssignments.status, dueOn: assessorAssignments.dueOn, version: assessorAssignments.version,
    })
    .from(assessorAssignments)
    .innerJoin(applications, eq(applications.id, assessorAssignments.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .where(and(eq(assessorAssignments.assessorUserId, actor.userId), ne(assessorAssignments.status, 'conflict')))
    .orderBy(asc(assessorAssignments.dueOn), asc(applications.reference));
}

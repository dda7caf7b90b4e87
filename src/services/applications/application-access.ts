import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { applicantEditors, applications, assessorAssignments } from '../../db/schema/index.ts';
import { Forbidden, NotFound } from '../../errors.ts';
import { hasRole, isApplicant, requireActor } from '../authorize.ts';
import type { Actor, ServiceContext } from '../context.ts';

export type ApplicationHeader = {
  id: number; roundId: number; reference: string; title: string; leadOrganisationId: number; status: string;
  version: number; consortiumId: number | null; requestedAmount: number; totalCosts: number;
};

export async function getApplicationHeader(db: Db | Tx, applicationId: number): Promise<ApplicationHeader> {
  const [row] = await db
    .select({
      id: applications.id, roundId: applications.roundId, reference: applications.reference, title: applications.title,
      leadOrganisationId: applications.leadOrganisationId, status: applications.status, version: applications.version,
      consortiumId: applications.consortiumId, requestedAmount: applications.requestedAmount, totalCosts: applications.totalCosts,
    })
    .from(applications)
    .where(eq(applications.id, applicationId));
  if (!row) throw new NotFound('applicationNotFound');
  return row;
}

/** The organisations an applicant may act for. */
export async function listEditableOrganisations(db: Db | Tx, actor: Actor): Promise<number[]> {
  if (!isApplicant(actor)) return [];
  const rows = await db.select({ id: applicantEditors.organisationId }).from(applicantEditors).where(eq(applicantEditors.userId, actor.userId));
  return rows.map((r) => r.id);
}

/** The office, or an applicant editing for the lead organisation. */
export async function requireApplicationEditor(ctx: ServiceContext, header: Pick<ApplicationHeader, 'leadOrganisationId'>): Promise<Actor> {
  const actor = requireActor(ctx);
  if (hasRole(actor, 'programmabureau')) return actor;
  if ((await listEditableOrganisations(ctx.db, actor)).includes(header.leadOrganisationId)) return actor;
  throw new Forbidden('forbiddenApplication');
}

/** Reading an application: its editors, and an assessor assigned to it who declared no conflict of interest. */
export async function requireApplicationReader(ctx: ServiceContext, header: ApplicationHeader): Promise<Actor> {
  const actor = requireActor(ctx);
  if (hasRole(actor, 'beoordelaar')) {
    const [assigned] = await ctx.db
      .select({ id: assessorAssignments.id })
      .from(assessorAssignments)
      .where(and(eq(assessorAssignments.applicationId, header.id), eq(assessorAssignments.assessorUserId, actor.userId),
        inArray(assessorAssignments.status, ['geen_conflict', 'ingediend'])));
    if (assigned) return actor;
  }
  return requireApplicationEditor(ctx, header);
}

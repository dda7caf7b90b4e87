import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { applications, assessorAssignments, organisations, users } from '../../db/schema/index.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { getRound, type RoundRow } from '../rounds/get-round.ts';

export type RoundAssignment = { assessorName: string; status: string; dueOn: string };
export type RoundApplication = {
  id: number; reference: string; title: string; leadOrganisation: string; status: string; version: number;
  requestedAmount: number; eligibilityReasons: string; assignments: RoundAssignment[];
};

/** The office's view of a round: every submitted application with its eligibility and assessors (drafts stay the applicant's). */
export async function listRoundApplications(ctx: ServiceContext, roundId: number): Promise<{ round: RoundRow; applications: RoundApplication[] }> {
  requireRole(ctx, 'programmabureau');
  const round = await getRound(ctx.db, roundId);
  const rows = await ctx.db
    .select({
      id: applications.id, reference: applications.reference, title: applications.title, leadOrganisation: organisations.name,
      status: applications.status, version: applications.version, requestedAmount: applications.requestedAmount, eligibilityReasons: applications.eligibilityReasons,
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .where(and(eq(applications.roundId, round.id), ne(applications.status, 'concept')))
    .orderBy(asc(applications.reference));
  const assignments = rows.length === 0 ? [] : await ctx.db
    .select({ applicationId: assessorAssignments.applicationId, assessorName: users.name, status: assessorAssignments.status, dueOn: assessorAssignments.dueOn })
    .from(assessorAssignments)
    .innerJoin(users, eq(users.id, assessorAssignments.assessorUserId))
    .where(inArray(assessorAssignments.applicationId, rows.map((r) => r.id)))
    .orderBy(asc(users.name));
  return {
    round,
    applications: rows.map((r) => ({ ...r, assignments: assignments.filter((a) => a.applicationId === r.id).map(({ applicationId: _, ...a }) => a) })),
  };
}

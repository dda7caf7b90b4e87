import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { consortia, invitations, progressReports } from '../../db/schema/index.ts';
import { hasRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import type { Task } from './task.ts';

/** The office's reports to review, oldest submission first. */
export async function listReviewTasks(ctx: ServiceContext): Promise<Task[]> {
  if (!ctx.actor || !hasRole(ctx.actor, 'programmabureau')) return [];
  const rows = await ctx.db
    .select({ reportId: progressReports.id, consortiumId: consortia.id, consortiumName: consortia.name, periodYear: progressReports.periodYear, since: progressReports.submittedAt })
    .from(progressReports)
    .innerJoin(consortia, eq(consortia.id, progressReports.consortiumId))
    .where(eq(progressReports.status, 'ingediend'))
    .orderBy(asc(progressReports.submittedAt), asc(progressReports.id));
  return rows.map((r) => ({ kind: 'reportToReview', ...r }));
}

/** Invitations nobody has accepted yet (and that still work), for the office to follow up. */
export async function listInvitationTasks(ctx: ServiceContext, today: string): Promise<Task[]> {
  if (!ctx.actor || !hasRole(ctx.actor, 'programmabureau')) return [];
  const rows = await ctx.db
    .select({ email: invitations.email, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date(`${today}T00:00:00Z`))))
    .orderBy(asc(invitations.expiresAt));
  return rows.map((r) => ({ kind: 'invitationPending', ...r }));
}

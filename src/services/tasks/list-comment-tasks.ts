import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { consortia, progressReports, reportComments, userRoles } from '../../db/schema/index.ts';
import { coordinatedConsortia, hasRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import type { Task } from './task.ts';

/**
 * Reports whose latest comment waits for this actor: for a coordinator, one written by the office;
 * for the office, one written by a coordinator. Approved reports are closed.
 */
export async function listCommentTasks(ctx: ServiceContext): Promise<Task[]> {
  const actor = ctx.actor;
  if (!actor) return [];
  const isOffice = hasRole(actor, 'programmabureau');
  const ids = coordinatedConsortia(actor);
  if (!isOffice && !ids.length) return [];
  const scope = isOffice ? ne(progressReports.status, 'goedgekeurd') : and(ne(progressReports.status, 'goedgekeurd'), inArray(progressReports.consortiumId, ids));
  const comments = await ctx.db
    .select({
      reportId: reportComments.reportId, authorUserId: reportComments.authorUserId, createdAt: reportComments.createdAt,
      consortiumId: consortia.id, consortiumName: consortia.name, periodYear: progressReports.periodYear,
    })
    .from(reportComments)
    .innerJoin(progressReports, eq(progressReports.id, reportComments.reportId))
    .innerJoin(consortia, eq(consortia.id, progressReports.consortiumId))
    .where(scope)
    .orderBy(desc(reportComments.createdAt), desc(reportComments.id));
  const latest = new Map<number, (typeof comments)[number]>();
  for (const c of comments) if (!latest.has(c.reportId)) latest.set(c.reportId, c);
  const authors = [...new Set([...latest.values()].map((c) => c.authorUserId))];
  const officeAuthors = authors.length
    ? new Set((await ctx.db.select({ userId: userRoles.userId }).from(userRoles)
        .where(and(inArray(userRoles.userId, authors), eq(userRoles.role, 'programmabureau')))).map((r) => r.userId))
    : new Set<number>();
  return [...latest.values()]
    .filter((c) => c.authorUserId !== actor.userId && officeAuthors.has(c.authorUserId) !== isOffice)
    .map((c) => ({ kind: 'commentToAnswer', consortiumId: c.consortiumId, consortiumName: c.consortiumName, periodYear: c.periodYear, reportId: c.reportId, since: c.createdAt }));
}

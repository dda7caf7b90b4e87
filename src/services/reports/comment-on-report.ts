import { reportComments } from '../../db/schema/index.ts';
import { Invalid } from '../../errors.ts';
import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { getReportHeader } from './get-report-header.ts';
import { requireReportReader } from './report-access.ts';

/** A comment in the report's conversation between office and coordinator; comments are append-only. */
export async function commentOnReport(ctx: ServiceContext, input: { reportId: number; body: string }): Promise<{ id: number }> {
  requireActor(ctx);
  const report = await getReportHeader(ctx.db, input.reportId);
  const actor = requireReportReader(ctx, report.consortiumId);
  const body = input.body.trim();
  if (!body) throw new Invalid('commentEmpty', [{ name: 'body', reason: 'commentRequired' }]);
  if (body.length > 5000) throw new Invalid('commentTooLong', [{ name: 'body', reason: 'max5000' }]);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(reportComments).values({ reportId: report.id, authorUserId: actor.userId, body }).returning({ id: reportComments.id });
    await recordAudit(tx, actor, { action: 'report.comment', entity: 'report_comments', entityId: row!.id, after: { reportId: report.id, body } });
    return { id: row!.id };
  });
}

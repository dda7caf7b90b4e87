import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { getReportHeader } from './get-report-header.ts';
import { requireReviewer } from './report-access.ts';
import { applyTransition } from './transition-report.ts';
import { listCoordinatorRecipients } from '../mail/list-mail-recipients.ts';
import { queueReportMails } from '../mail/queue-report-mails.ts';
import { testPause } from '../test-pause.ts';

/** The office approves a submitted report: its values now count, and the period is locked; the coordinators are mailed. */
export async function approveReport(ctx: ServiceContext, input: { reportId: number; version: number; baseUrl?: string }): Promise<{ version: number }> {
  requireActor(ctx);
  const actor = requireReviewer(ctx);
  const report = await getReportHeader(ctx.db, input.reportId);
  return ctx.db.transaction(async (tx) => {
    const moved = await applyTransition(tx, actor, report, { action: 'approve', version: input.version, stamp: { reviewedAt: new Date(), reviewedBy: actor.userId, reviewNote: '' } });
    const to = await listCoordinatorRecipients(tx, report.consortiumId);
    await queueReportMails(tx, actor, { kind: 'reportApproved', report, to, page: 'report', baseUrl: input.baseUrl });
    await testPause('report-approval');
    return { version: moved.version };
  });
}

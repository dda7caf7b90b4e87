import { Invalid } from '../../errors.ts';
import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { checkReportContents } from './check-report-contents.ts';
import { getReportHeader } from './get-report-header.ts';
import { loadReportFrame } from './load-report-frame.ts';
import { readReportContents } from './read-report-contents.ts';
import { requireReportAuthor } from './report-access.ts';
import { applyTransition, requireTransition } from './transition-report.ts';

/** Submits a complete concept (or returned) report to the programme office. */
export async function submitReport(ctx: ServiceContext, input: { reportId: number; version: number }): Promise<{ version: number }> {
  requireActor(ctx);
  const report = await getReportHeader(ctx.db, input.reportId);
  const actor = requireReportAuthor(ctx, report.consortiumId);
  requireTransition(report, 'submit');
  const frame = await loadReportFrame(ctx.db, report.consortiumId);
  return ctx.db.transaction(async (tx) => {
    const problems = checkReportContents(frame, await readReportContents(tx, report.id), 'submit');
    if (problems.length) throw new Invalid('reportIncomplete', problems);
    const moved = await applyTransition(tx, actor, report, { action: 'submit', version: input.version, stamp: { submittedAt: new Date(), submittedBy: actor.userId } });
    return { version: moved.version };
  });
}

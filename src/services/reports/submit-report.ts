import { failures } from '../../domain/rules/index.ts';
import { Invalid, RulesFailed } from '../../errors.ts';
import { checkReportRules } from './check-report-rules.ts';
import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { checkReportContents } from './check-report-contents.ts';
import { getReportHeader } from './get-report-header.ts';
import { loadReportFrame } from './load-report-frame.ts';
import { readReportContents } from './read-report-contents.ts';
import { requireReportAuthor } from './report-access.ts';
import { applyTransition, requireTransition } from './transition-report.ts';
import { listOfficeRecipients } from '../mail/list-mail-recipients.ts';
import { queueReportMails } from '../mail/queue-report-mails.ts';

/** Submits a complete concept (or returned) report to the programme office, once the programme's reporting rules hold; mails the office. */
export async function submitReport(ctx: ServiceContext, input: { reportId: number; version: number; today?: Date; baseUrl?: string }): Promise<{ version: number }> {
  requireActor(ctx);
  const report = await getReportHeader(ctx.db, input.reportId);
  const actor = requireReportAuthor(ctx, report.consortiumId);
  requireTransition(report, 'submit');
  const frame = await loadReportFrame(ctx.db, report.consortiumId);
  return ctx.db.transaction(async (tx) => {
    const contents = await readReportContents(tx, report.id);
    const problems = checkReportContents(frame, contents, 'submit');
    if (problems.length) throw new Invalid('reportIncomplete', problems);
    // The programme's rules: the period has ended (or its window is open) and the required figures hold a value, 0 included.
    const today = (input.today ?? new Date()).toISOString().slice(0, 10);
    const failed = failures(await checkReportRules(tx, frame, report, contents, today));
    if (failed.length) throw new RulesFailed(failed, 'reportRulesFailed');
    const moved = await applyTransition(tx, actor, report, { action: 'submit', version: input.version, stamp: { submittedAt: new Date(), submittedBy: actor.userId } });
    await queueReportMails(tx, actor, { kind: 'reportSubmitted', report, to: await listOfficeRecipients(tx), page: 'review', baseUrl: input.baseUrl });
    return { version: moved.version };
  });
}

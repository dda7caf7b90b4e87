import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { consortia, programmes, progressReports } from '../../db/schema/index.ts';
import { REPORT_DEADLINE_RULE, ReportDeadlineRule, reportDeadline } from '../../domain/reports/report-deadline.ts';
import { needsReminder, REMINDER_RULE, ReminderRule, reminderFor } from '../../domain/reports/report-reminders.ts';
import { reportingPeriods } from '../../domain/reports/report-workflow.ts';
import { findProgrammeRule } from '../programmes/find-programme-rule.ts';
import { listCoordinatorRecipients } from './list-mail-recipients.ts';
import { queueReportMails } from './queue-report-mails.ts';

/**
 * Queues the reminders due on `now`: a set number of days before a report's deadline, and once after it has
 * passed, to each coordinator of a consortium whose report is not submitted. Each reminder goes at most once
 * per period, kind and recipient (the outbox's unique dedupe key), so runs and instances may overlap.
 * Programmes without both rules send none. A system job: no actor, audited as such.
 */
export async function sendReportReminders(db: Db, input: { now: Date; baseUrl?: string }): Promise<{ queued: number }> {
  const today = input.now.toISOString().slice(0, 10);
  const ctx = { db, actor: null };
  let queued = 0;
  for (const programme of await db.select({ id: programmes.id, startsOn: programmes.startsOn, endsOn: programmes.endsOn }).from(programmes)) {
    const months = await findProgrammeRule(ctx, { programmeId: programme.id, code: REPORT_DEADLINE_RULE, schema: ReportDeadlineRule, on: today });
    const daysBefore = await findProgrammeRule(ctx, { programmeId: programme.id, code: REMINDER_RULE, schema: ReminderRule, on: today });
    if (months === null || daysBefore === null) continue;
    const years = reportingPeriods(Number(programme.startsOn.slice(0, 4)), Number(programme.endsOn.slice(0, 4)), Number(today.slice(0, 4)));
    const rows = await db
      .select({ consortiumId: consortia.id, reportId: progressReports.id, year: progressReports.periodYear, status: progressReports.status })
      .from(consortia)
      .leftJoin(progressReports, eq(progressReports.consortiumId, consortia.id))
      .where(eq(consortia.programmeId, programme.id));
    for (const consortiumId of new Set(rows.map((r) => r.consortiumId))) {
      for (const year of years) {
        const report = rows.find((r) => r.consortiumId === consortiumId && r.year === year);
        if (!needsReminder(report?.status ?? 'niet_gestart')) continue;
        const deadline = reportDeadline(year, months);
        const kind = reminderFor(deadline, today, daysBefore);
        if (!kind) continue;
        queued += await db.transaction(async (tx) => {
          const to = await listCoordinatorRecipients(tx, consortiumId);
          const ids = await queueReportMails(tx, null, {
            kind, report: { id: report?.reportId ?? 0, consortiumId, periodYear: year }, to, deadline,
            page: report?.reportId ? 'report' : 'reports', baseUrl: input.baseUrl, dedupeKey: `${kind}:${consortiumId}:${year}`,
          });
          return ids.length;
        });
      }
    }
  }
  return { queued };
}

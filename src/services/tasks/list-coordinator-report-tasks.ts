import { and, eq, inArray } from 'drizzle-orm';
import { consortia, programmes, progressReports } from '../../db/schema/index.ts';
import { isDuePeriod, REPORT_DEADLINE_RULE, ReportDeadlineRule, reportDeadline } from '../../domain/reports/report-deadline.ts';
import { reportingPeriods } from '../../domain/reports/report-workflow.ts';
import { coordinatedConsortia } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { findProgrammeRule } from '../programmes/find-programme-rule.ts';
import type { Task } from './task.ts';

/** A coordinator's reports that are due (with the programme's deadline) or were returned to them. */
export async function listCoordinatorReportTasks(ctx: ServiceContext, today: string): Promise<Task[]> {
  const ids = ctx.actor ? coordinatedConsortia(ctx.actor) : [];
  if (!ids.length) return [];
  const rows = await ctx.db
    .select({ id: consortia.id, name: consortia.name, programmeId: programmes.id, startsOn: programmes.startsOn, endsOn: programmes.endsOn })
    .from(consortia)
    .innerJoin(programmes, eq(programmes.id, consortia.programmeId))
    .where(inArray(consortia.id, ids));
  const reports = await ctx.db
    .select({ id: progressReports.id, consortiumId: progressReports.consortiumId, year: progressReports.periodYear, status: progressReports.status, note: progressReports.reviewNote })
    .from(progressReports)
    .where(and(inArray(progressReports.consortiumId, ids)));
  const tasks: Task[] = [];
  for (const c of rows) {
    const rule = await findProgrammeRule(ctx, { programmeId: c.programmeId, code: REPORT_DEADLINE_RULE, schema: ReportDeadlineRule, on: today });
    const years = reportingPeriods(Number(c.startsOn.slice(0, 4)), Number(c.endsOn.slice(0, 4)), Number(today.slice(0, 4)));
    for (const year of years) {
      const report = reports.find((r) => r.consortiumId === c.id && r.year === year);
      const base = { consortiumId: c.id, consortiumName: c.name, periodYear: year };
      if (report?.status === 'teruggestuurd') tasks.push({ kind: 'reportReturned', ...base, reportId: report.id, note: report.note });
      else if (isDuePeriod(year, report?.status ?? 'niet_gestart', today)) {
        tasks.push({ kind: 'reportDue', ...base, reportId: report?.id ?? null, deadline: rule ? reportDeadline(year, rule) : null });
      }
    }
  }
  return tasks;
}

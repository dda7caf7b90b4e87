import { asc, eq } from 'drizzle-orm';
import { consortia, progressReports } from '../../db/schema/index.ts';
import { reportingPeriods, type PeriodState } from '../../domain/reports/report-workflow.ts';
import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';
import { requireReviewer } from './report-access.ts';

export type StatusRow = { consortiumId: number; consortiumName: string; reportId: number | null; status: PeriodState; submittedAt: Date | null };
export type ReportStatusOverview = { periods: number[]; periodYear: number; rows: StatusRow[]; counts: Record<PeriodState, number> };

/** The office's overview: for one period, which consortium has and has not reported, and in which state. */
export async function listReportStatus(ctx: ServiceContext, input: { periodYear?: number; today?: Date } = {}): Promise<ReportStatusOverview> {
  requireActor(ctx);
  requireReviewer(ctx);
  const programme = await getCurrentProgramme(ctx);
  const periods = reportingPeriods(Number(programme.startsOn.slice(0, 4)), Number(programme.endsOn.slice(0, 4)), (input.today ?? new Date()).getUTCFullYear()).reverse();
  // Default: the latest period for which reports are due, i.e. last year's.
  const periodYear = input.periodYear ?? periods[1] ?? periods[0] ?? (input.today ?? new Date()).getUTCFullYear();
  const rows = await ctx.db
    .select({ consortiumId: consortia.id, consortiumName: consortia.name, reportId: progressReports.id, status: progressReports.status, submittedAt: progressReports.submittedAt, periodYear: progressReports.periodYear })
    .from(consortia)
    .leftJoin(progressReports, eq(progressReports.consortiumId, consortia.id))
    .where(eq(consortia.programmeId, programme.id))
    .orderBy(asc(consortia.name));
  const byConsortium = new Map<number, StatusRow>();
  for (const r of rows) {
    const row = byConsortium.get(r.consortiumId) ?? { consortiumId: r.consortiumId, consortiumName: r.consortiumName, reportId: null, status: 'niet_gestart', submittedAt: null };
    if (r.periodYear === periodYear && r.reportId !== null && r.status !== null) Object.assign(row, { reportId: r.reportId, status: r.status, submittedAt: r.submittedAt });
    byConsortium.set(r.consortiumId, row);
  }
  const list = [...byConsortium.values()];
  const counts: Record<PeriodState, number> = { niet_gestart: 0, concept: 0, ingediend: 0, goedgekeurd: 0, teruggestuurd: 0 };
  for (const r of list) counts[r.status] += 1;
  return { periods, periodYear, rows: list, counts };
}

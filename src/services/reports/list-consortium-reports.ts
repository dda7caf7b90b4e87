import { asc, eq } from 'drizzle-orm';
import { consortia, programmes, progressReports } from '../../db/schema/index.ts';
import { reportingPeriods, type PeriodState } from '../../domain/reports/report-workflow.ts';
import { NotFound } from '../../errors.ts';
import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { requireReportReader } from './report-access.ts';

export type ConsortiumPeriod = { year: number; reportId: number | null; status: PeriodState; version: number | null; reviewNote: string };
export type ConsortiumReports = { consortiumId: number; consortiumName: string; periods: ConsortiumPeriod[] };

/** The consortium's reporting periods with the state of each report (or none yet). */
export async function listConsortiumReports(ctx: ServiceContext, input: { consortiumId: number; today?: Date }): Promise<ConsortiumReports> {
  requireActor(ctx);
  requireReportReader(ctx, input.consortiumId);
  const [c] = await ctx.db
    .select({ name: consortia.name, startsOn: programmes.startsOn, endsOn: programmes.endsOn })
    .from(consortia)
    .innerJoin(programmes, eq(programmes.id, consortia.programmeId))
    .where(eq(consortia.id, input.consortiumId));
  if (!c) throw new NotFound('consortiumNotFound');
  const reports = await ctx.db
    .select({ id: progressReports.id, year: progressReports.periodYear, status: progressReports.status, version: progressReports.version, reviewNote: progressReports.reviewNote })
    .from(progressReports)
    .where(eq(progressReports.consortiumId, input.consortiumId))
    .orderBy(asc(progressReports.periodYear));
  const years = new Set([...reportingPeriods(Number(c.startsOn.slice(0, 4)), Number(c.endsOn.slice(0, 4)), (input.today ?? new Date()).getUTCFullYear()), ...reports.map((r) => r.year)]);
  const periods = [...years].sort((a, b) => b - a).map((year): ConsortiumPeriod => {
    const r = reports.find((x) => x.year === year);
    return r ? { year, reportId: r.id, status: r.status, version: r.version, reviewNote: r.reviewNote } : { year, reportId: null, status: 'niet_gestart', version: null, reviewNote: '' };
  });
  return { consortiumId: input.consortiumId, consortiumName: c.name, periods };
}

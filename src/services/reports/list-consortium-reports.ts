import { asc, eq } from 'drizzle-orm';
import { consortia, programmes, progressReports } from '../../db/schema/index.ts';
import { reportingPeriods, type PeriodState } from '../../domain/reports/report-workflow.ts';
import { evaluateReportingPeriod } from '../../domain/rules/index.ts';
import { NotFound } from '../../errors.ts';
import { loadRuleSet } from '../programmes/load-rule-set.ts';
import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { requireReportReader } from './report-access.ts';

/** opensOn: for a period without a report that cannot be started yet, the day reporting on it opens. */
export type ConsortiumPeriod = { year: number; reportId: number | null; status: PeriodState; version: number | null; reviewNote: string; opensOn: string | null };
export type ConsortiumReports = { consortiumId: number; consortiumName: string; periods: ConsortiumPeriod[] };

/** The consortium's reporting periods with the state of each report (or none yet). */
export async function listConsortiumReports(ctx: ServiceContext, input: { consortiumId: number; today?: Date }): Promise<ConsortiumReports> {
  requireActor(ctx);
  requireReportReader(ctx, input.consortiumId);
  const [c] = await ctx.db
    .select({ name: consortia.name, programmeId: consortia.programmeId, startsOn: programmes.startsOn, endsOn: programmes.endsOn })
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
  const today = (input.today ?? new Date()).toISOString().slice(0, 10);
  const rules = await loadRuleSet(ctx.db, c.programmeId, today);
  const periods = [...years].sort((a, b) => b - a).map((year): ConsortiumPeriod => {
    const r = reports.find((x) => x.year === year);
    if (r) return { year, reportId: r.id, status: r.status, version: r.version, reviewNote: r.reviewNote, opensOn: null };
    const open = evaluateReportingPeriod(rules, year, today);
    return { year, reportId: null, status: 'niet_gestart', version: null, reviewNote: '', opensOn: open.passed ? null : String(open.values.opensOn) };
  });
  return { consortiumId: input.consortiumId, consortiumName: c.name, periods };
}

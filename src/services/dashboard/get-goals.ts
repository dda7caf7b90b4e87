import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { indicators, progressReports, reportIndicatorValues, targets } from '../../db/schema/index.ts';
import { growthFactor, progressShare, realisedForOneYear } from '../../domain/dashboard/goals.ts';
import type { ServiceContext } from '../context.ts';
import type { Scope } from './resolve-scope.ts';

export type Goal = {
  code: string; nameNl: string; nameEn: string; baseline: number; target: number; targetYear: number;
  realised: number | null; realisedYear: number | null; reportingConsortia: number; growthFactor: number | null; progress: number | null;
};

/** Reach indicators summed over the consortia in scope; realised is the APPROVED values of one year (see realisedForOneYear). */
export async function getGoals(ctx: ServiceContext, scope: Scope, options: { upToYear?: number } = {}): Promise<Goal[]> {
  if (scope.consortiumIds.length === 0) return [];
  const sums = await ctx.db
    .select({
      indicatorId: indicators.id, code: indicators.code, nameNl: indicators.nameNl, nameEn: indicators.nameEn,
      baseline: sql<number>`sum(${targets.baselineValue})::float8`, target: sql<number>`sum(${targets.targetValue})::float8`,
      targetYear: sql<number>`max(${targets.targetYear})::int`,
    })
    .from(targets)
    .innerJoin(indicators, eq(indicators.id, targets.indicatorId))
    .where(and(eq(indicators.isReach, true), inArray(targets.consortiumId, scope.consortiumIds)))
    .groupBy(indicators.id, indicators.code, indicators.nameNl, indicators.nameEn, indicators.position)
    .orderBy(asc(indicators.position));
  const approved = await ctx.db
    .select({ consortiumId: progressReports.consortiumId, year: progressReports.periodYear, indicatorId: reportIndicatorValues.indicatorId, value: reportIndicatorValues.value })
    .from(reportIndicatorValues)
    .innerJoin(progressReports, eq(progressReports.id, reportIndicatorValues.reportId))
    .where(and(
      eq(progressReports.status, 'goedgekeurd'), eq(reportIndicatorValues.breakdown, ''),
      inArray(progressReports.consortiumId, scope.consortiumIds),
      options.upToYear ? lte(progressReports.periodYear, options.upToYear) : undefined,
    ));
  return sums.map(({ indicatorId, ...s }) => {
    // One year per figure: a consortium's newer report is not added to the others' older ones.
    const one = realisedForOneYear(approved.filter((a) => a.indicatorId === indicatorId));
    const realised = one?.value ?? null;
    const realisedYear = one?.year ?? null;
    const facts = { baseline: s.baseline, target: s.target, realised };
    return { ...s, realised, realisedYear, reportingConsortia: one?.consortia ?? 0, growthFactor: growthFactor(facts), progress: progressShare(facts) };
  });
}

import { inIds } from './in-ids.ts';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { publicRealisations, publicTargets } from '../../db/derived/public-figures.ts';
import { indicators, progressReports, reportIndicatorValues, targets } from '../../db/schema/index.ts';
import { growthFactor, progressShare, realisedForOneYear, realisedFromYearSums, type YearSum } from '../../domain/dashboard/goals.ts';
import type { ServiceContext } from '../context.ts';
import type { Scope } from './resolve-scope.ts';

export type Goal = {
  code: string; nameNl: string; nameEn: string; baseline: number; target: number; targetYear: number;
  realised: number | null; realisedYear: number | null; reportingConsortia: number; growthFactor: number | null; progress: number | null;
};
type Sums = { indicatorId: number; code: string; nameNl: string; nameEn: string; baseline: number; target: number; targetYear: number };
type Options = { upToYear?: number };

/** Reach indicators summed over the consortia in scope; realised is the APPROVED values of one year (see realisedForOneYear). */
export async function getGoals(ctx: ServiceContext, scope: Scope, options: Options = {}): Promise<Goal[]> {
  if (scope.consortiumIds.length === 0) return [];
  if (scope.key === null) return goalsFromReports(ctx, scope, options);
  const { key, programmeId } = scope;
  const indicator = { indicatorId: indicators.id, code: indicators.code, nameNl: indicators.nameNl, nameEn: indicators.nameEn };
  const [sums, years] = await Promise.all([
    ctx.db.select({ ...indicator, baseline: publicTargets.baseline, target: publicTargets.target, targetYear: publicTargets.targetYear })
      .from(publicTargets).innerJoin(indicators, eq(indicators.id, publicTargets.indicatorId))
      .where(and(eq(publicTargets.programmeId, programmeId), eq(publicTargets.scope, key), eq(indicators.isReach, true)))
      .orderBy(asc(indicators.position)),
    ctx.db.select({ indicatorId: publicRealisations.indicatorId, year: publicRealisations.year, value: publicRealisations.value, consortia: publicRealisations.consortia })
      .from(publicRealisations)
      .where(and(eq(publicRealisations.programmeId, programmeId), eq(publicRealisations.scope, key),
        options.upToYear ? lte(publicRealisations.year, options.upToYear) : undefined)),
  ]);
  return sums.map((s) => toGoal(s, realisedFromYearSums(years.filter((y) => y.indicatorId === s.indicatorId))));
}

/** The same figures straight from targets and approved reports: for combined filters, and the tests' oracle. */
export async function goalsFromReports(ctx: ServiceContext, scope: Scope, options: Options = {}): Promise<Goal[]> {
  if (scope.consortiumIds.length === 0) return [];
  const sums = await ctx.db
    .select({
      indicatorId: indicators.id, code: indicators.code, nameNl: indicators.nameNl, nameEn: indicators.nameEn,
      baseline: sql<number>`sum(${targets.baselineValue})::float8`, target: sql<number>`sum(${targets.targetValue})::float8`,
      targetYear: sql<number>`max(${targets.targetYear})::int`,
    })
    .from(targets)
    .innerJoin(indicators, eq(indicators.id, targets.indicatorId))
    .where(and(eq(indicators.isReach, true), inIds(targets.consortiumId, scope.consortiumIds)))
    .groupBy(indicators.id, indicators.code, indicators.nameNl, indicators.nameEn, indicators.position)
    .orderBy(asc(indicators.position));
  const approved = await ctx.db
    .select({ consortiumId: progressReports.consortiumId, year: progressReports.periodYear, indicatorId: reportIndicatorValues.indicatorId, value: reportIndicatorValues.value })
    .from(reportIndicatorValues)
    .innerJoin(progressReports, eq(progressReports.id, reportIndicatorValues.reportId))
    .where(and(
      eq(progressReports.status, 'goedgekeurd'), eq(reportIndicatorValues.breakdown, ''),
      inIds(progressReports.consortiumId, scope.consortiumIds),
      options.upToYear ? lte(progressReports.periodYear, options.upToYear) : undefined,
    ));
  // One year per figure: a consortium's newer report is not added to the others' older ones.
  return sums.map((s) => toGoal(s, realisedForOneYear(approved.filter((a) => a.indicatorId === s.indicatorId))));
}

function toGoal({ indicatorId: _id, ...s }: Sums, one: YearSum | null): Goal {
  const realised = one?.value ?? null;
  const facts = { baseline: s.baseline, target: s.target, realised };
  return { ...s, realised, realisedYear: one?.year ?? null, reportingConsortia: one?.consortia ?? 0, growthFactor: growthFactor(facts), progress: progressShare(facts) };
}

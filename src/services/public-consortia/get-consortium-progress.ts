import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { indicators, progressReports, reportIndicatorValues, targets } from '../../db/schema/index.ts';
import { computeProgress, type Progress } from '../../domain/reports/progress-trend.ts';
import type { ServiceContext } from '../context.ts';
import { findProgrammeRule } from '../programmes/find-programme-rule.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

export type TargetProgress = Progress & {
  indicator: { code: string; nameNl: string; nameEn: string; unit: string };
  baselineValue: number; baselineYear: number; targetValue: number; targetYear: number;
};

/** Baseline, latest approved value, target and share of the way per indicator; values of non-approved reports never count. */
export async function getConsortiumProgress(ctx: ServiceContext, input: { consortiumId: number; programmeId?: number }): Promise<TargetProgress[]> {
  // A caller that knows the programme already (the consortium page) saves a round trip.
  const programme = input.programmeId === undefined ? await getCurrentProgramme(ctx) : { id: input.programmeId };
  const [onTrackShare, rows, approved] = await Promise.all([
    findProgrammeRule(ctx, { programmeId: programme.id, code: 'drempel_op_koers', schema: z.number().positive().max(1) }),
    ctx.db.select({
      indicatorId: indicators.id, code: indicators.code, nameNl: indicators.nameNl, nameEn: indicators.nameEn, unit: indicators.unit,
      baselineValue: targets.baselineValue, baselineYear: targets.baselineYear, targetValue: targets.targetValue, targetYear: targets.targetYear,
    }).from(targets).innerJoin(indicators, eq(indicators.id, targets.indicatorId))
      .where(eq(targets.consortiumId, input.consortiumId)).orderBy(asc(indicators.position)),
    ctx.db.select({ indicatorId: reportIndicatorValues.indicatorId, year: progressReports.periodYear, value: reportIndicatorValues.value })
      .from(reportIndicatorValues).innerJoin(progressReports, eq(progressReports.id, reportIndicatorValues.reportId))
      .where(and(eq(progressReports.consortiumId, input.consortiumId), eq(progressReports.status, 'goedgekeurd'), eq(reportIndicatorValues.breakdown, ''))),
  ]);
  return rows.map(({ indicatorId, code, nameNl, nameEn, unit, ...facts }) => ({
    indicator: { code, nameNl, nameEn, unit }, ...facts,
    ...computeProgress(facts, approved.filter((a) => a.indicatorId === indicatorId), onTrackShare),
  }));
}

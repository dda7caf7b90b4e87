import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { consortia, indicators, progressReports, reportIndicatorValues, targets } from '../../db/schema/index.ts';
import { computeProgress, type Progress } from '../../domain/reports/progress-trend.ts';
import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { findProgrammeRule } from '../programmes/find-programme-rule.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';
import { requireReviewer } from '../reports/report-access.ts';

export type ProgressRow = Progress & {
  indicatorId: number; indicatorName: string; indicatorNameEn: string; unit: string; isReach: boolean;
  baselineValue: number; baselineYear: number; targetValue: number; targetYear: number;
};
export type ConsortiumProgress = { consortiumId: number; consortiumName: string; behindCount: number; rows: ProgressRow[] };
export type ProgressOverview = { onTrackShare: number | null; consortia: ConsortiumProgress[] };

/** Realised against target per consortium and indicator, from approved reports only, with trend and flag. */
export async function getProgressOverview(ctx: ServiceContext): Promise<ProgressOverview> {
  requireActor(ctx);
  requireReviewer(ctx);
  const programme = await getCurrentProgramme(ctx);
  const onTrackShare = await findProgrammeRule(ctx, { programmeId: programme.id, code: 'drempel_op_koers', schema: z.number().positive().max(1) });
  const targetRows = await ctx.db
    .select({
      consortiumId: consortia.id, consortiumName: consortia.name, indicatorId: indicators.id, indicatorName: indicators.nameNl, indicatorNameEn: indicators.nameEn, unit: indicators.unit,
      isReach: indicators.isReach, baselineValue: targets.baselineValue, baselineYear: targets.baselineYear, targetValue: targets.targetValue, targetYear: targets.targetYear,
    })
    .from(targets)
    .innerJoin(consortia, eq(consortia.id, targets.consortiumId))
    .innerJoin(indicators, eq(indicators.id, targets.indicatorId))
    .where(eq(consortia.programmeId, programme.id))
    .orderBy(asc(consortia.name), asc(indicators.position));
  // Only approved reports count: concept, submitted and returned values stay out of every figure.
  const approved = await ctx.db
    .select({ consortiumId: progressReports.consortiumId, year: progressReports.periodYear, indicatorId: reportIndicatorValues.indicatorId, value: reportIndicatorValues.value })
    .from(reportIndicatorValues)
    .innerJoin(progressReports, eq(progressReports.id, reportIndicatorValues.reportId))
    .where(and(eq(progressReports.status, 'goedgekeurd'), eq(reportIndicatorValues.breakdown, '')));
  const points = new Map<string, { year: number; value: number }[]>();
  for (const a of approved) {
    const key = `${a.consortiumId}.${a.indicatorId}`;
    points.set(key, [...(points.get(key) ?? []), { year: a.year, value: a.value }]);
  }
  const byConsortium = new Map<number, ConsortiumProgress>();
  for (const t of targetRows) {
    const progress = computeProgress(t, points.get(`${t.consortiumId}.${t.indicatorId}`) ?? [], onTrackShare);
    const entry = byConsortium.get(t.consortiumId) ?? { consortiumId: t.consortiumId, consortiumName: t.consortiumName, behindCount: 0, rows: [] };
    const { consortiumId: _c, consortiumName: _n, ...facts } = t;
    entry.rows.push({ ...facts, ...progress });
    if (progress.status === 'achter') entry.behindCount += 1;
    byConsortium.set(t.consortiumId, entry);
  }
  return { onTrackShare, consortia: [...byConsortium.values()] };
}

import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { consortia, indicators, targetMilestones, targets } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { offsetOf, orderByOf, type Page, type PageRequest, type SortOrder } from '../listing.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

export type TargetSummary = {
  id: number;
  consortium: { id: number; name: string };
  indicator: { code: string; nameNl: string; unit: string };
  baselineValue: number; baselineYear: number; targetValue: number; targetYear: number;
  milestones: { year: number; value: number }[];
  isIllustrative: boolean;
};
export type TargetSortKey = 'consortium' | 'indicator' | 'targetValue';
export type ListTargetsInput = { filter: { consortiumId?: number; indicatorCode?: string }; sort: SortOrder<TargetSortKey>; page: PageRequest };

/** Baselines and targets per consortium and indicator of the current programme, with milestones. */
export async function listTargets(ctx: ServiceContext, { filter, sort, page }: ListTargetsInput): Promise<Page<TargetSummary>> {
  const programme = await getCurrentProgramme(ctx);
  const conditions: SQL[] = [eq(consortia.programmeId, programme.id)];
  if (filter.consortiumId !== undefined) conditions.push(eq(targets.consortiumId, filter.consortiumId));
  if (filter.indicatorCode) conditions.push(eq(indicators.code, filter.indicatorCode));
  const where = and(...conditions);
  const columns = { consortium: consortia.name, indicator: indicators.position, targetValue: targets.targetValue };
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        id: targets.id, consortiumId: consortia.id, consortiumName: consortia.name, indicatorCode: indicators.code, indicatorName: indicators.nameNl,
        unit: indicators.unit, baselineValue: targets.baselineValue, baselineYear: targets.baselineYear, targetValue: targets.targetValue,
        targetYear: targets.targetYear, isIllustrative: consortia.isIllustrative,
      })
      .from(targets).innerJoin(consortia, eq(consortia.id, targets.consortiumId)).innerJoin(indicators, eq(indicators.id, targets.indicatorId))
      .where(where).orderBy(...orderByOf(sort, columns, targets.id)).limit(page.pageSize).offset(offsetOf(page)),
    ctx.db.select({ n: count() })
      .from(targets).innerJoin(consortia, eq(consortia.id, targets.consortiumId)).innerJoin(indicators, eq(indicators.id, targets.indicatorId))
      .where(where),
  ]);
  const ids = rows.map((r) => r.id);
  const milestones = ids.length
    ? await ctx.db.select().from(targetMilestones).where(inArray(targetMilestones.targetId, ids)).orderBy(asc(targetMilestones.year))
    : [];
  return {
    total: total?.n ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      consortium: { id: r.consortiumId, name: r.consortiumName },
      indicator: { code: r.indicatorCode, nameNl: r.indicatorName, unit: r.unit },
      baselineValue: r.baselineValue, baselineYear: r.baselineYear, targetValue: r.targetValue, targetYear: r.targetYear,
      milestones: milestones.filter((m) => m.targetId === r.id).map(({ year, value }) => ({ year, value })),
      isIllustrative: r.isIllustrative,
    })),
  };
}

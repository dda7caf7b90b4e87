import { and, count, eq, like, type SQL } from 'drizzle-orm';
import { consortia, indicators, progressReports, reportIndicatorValues } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { offsetOf, orderByOf, type Page, type PageRequest, type SortOrder } from '../listing.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

export type IndicatorRealisation = {
  id: number;
  consortium: { id: number; name: string };
  indicator: { code: string; nameNl: string; unit: string };
  year: number;
  /** null for the total; otherwise the disaggregation (e.g. `niveau`) and its category (e.g. `mbo`). */
  breakdown: string | null;
  category: string | null;
  value: number;
  isIllustrative: boolean;
};
export type RealisationSortKey = 'consortium' | 'indicator' | 'year' | 'value';
export type ListRealisationsInput = {
  /** breakdown: `null` for totals only, a disaggregation code for its categories, undefined for all rows. */
  filter: { consortiumId?: number; indicatorCode?: string; year?: number; breakdown?: string | null };
  sort: SortOrder<RealisationSortKey>;
  page: PageRequest;
};

/** Reported indicator values that count publicly: only those of approved (goedgekeurd) progress reports. */
export async function listIndicatorRealisations(ctx: ServiceContext, { filter, sort, page }: ListRealisationsInput): Promise<Page<IndicatorRealisation>> {
  const programme = await getCurrentProgramme(ctx);
  const conditions: SQL[] = [eq(consortia.programmeId, programme.id), eq(progressReports.status, 'goedgekeurd')];
  if (filter.consortiumId !== undefined) conditions.push(eq(progressReports.consortiumId, filter.consortiumId));
  if (filter.indicatorCode) conditions.push(eq(indicators.code, filter.indicatorCode));
  if (filter.year !== undefined) conditions.push(eq(progressReports.periodYear, filter.year));
  if (filter.breakdown === null) conditions.push(eq(reportIndicatorValues.breakdown, ''));
  else if (filter.breakdown) conditions.push(like(reportIndicatorValues.breakdown, `${filter.breakdown}:%`));
  const where = and(...conditions);
  const columns = { consortium: consortia.name, indicator: indicators.position, year: progressReports.periodYear, value: reportIndicatorValues.value };
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        id: reportIndicatorValues.id, consortiumId: consortia.id, consortiumName: consortia.name, indicatorCode: indicators.code,
        indicatorName: indicators.nameNl, unit: indicators.unit, year: progressReports.periodYear, breakdown: reportIndicatorValues.breakdown,
        value: reportIndicatorValues.value, isIllustrative: consortia.isIllustrative,
      })
      .from(reportIndicatorValues)
      .innerJoin(progressReports, eq(progressReports.id, reportIndicatorValues.reportId))
      .innerJoin(consortia, eq(consortia.id, progressReports.consortiumId))
      .innerJoin(indicators, eq(indicators.id, reportIndicatorValues.indicatorId))
      .where(where)
      .orderBy(...orderByOf(sort, columns, reportIndicatorValues.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    ctx.db
      .select({ n: count() })
      .from(reportIndicatorValues)
      .innerJoin(progressReports, eq(progressReports.id, reportIndicatorValues.reportId))
      .innerJoin(consortia, eq(consortia.id, progressReports.consortiumId))
      .innerJoin(indicators, eq(indicators.id, reportIndicatorValues.indicatorId))
      .where(where),
  ]);
  return {
    total: total?.n ?? 0,
    items: rows.map((r) => {
      const [breakdown, category] = r.breakdown ? r.breakdown.split(':') : [null, null];
      return {
        id: r.id, consortium: { id: r.consortiumId, name: r.consortiumName }, indicator: { code: r.indicatorCode, nameNl: r.indicatorName, unit: r.unit },
        year: r.year, breakdown: breakdown ?? null, category: category ?? null, value: r.value, isIllustrative: r.isIllustrative,
      };
    }),
  };
}

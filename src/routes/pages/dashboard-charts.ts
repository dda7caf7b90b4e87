import type { DashboardFilter } from '../../domain/dashboard/filter.ts';
import type { Locale } from '../../domain/format.ts';
import type { ServiceContext } from '../../services/context.ts';
import { getBudgetByActionLine } from '../../services/dashboard/get-budget-by-action-line.ts';
import { getComposition } from '../../services/dashboard/get-composition.ts';
import { getGoals } from '../../services/dashboard/get-goals.ts';
import { getConsortiumLevels, getDisciplineCounts, getLevelCounts, getSectorCounts } from '../../services/dashboard/get-sectors-and-levels.ts';
import { getSpread } from '../../services/dashboard/get-spread.ts';
import type { Scope } from '../../services/dashboard/resolve-scope.ts';
import type { Chart } from '../../views/charts/chart.ts';
import { actionLinesChart } from '../../views/dashboard/charts/action-lines-chart.ts';
import { compositionChart } from '../../views/dashboard/charts/composition-chart.ts';
import { goalsChart } from '../../views/dashboard/charts/goals-chart.ts';
import { disciplinesChart, levelsChart, levelsCountChart, LEVELS_TABLE_LIMIT, sectorsChart } from '../../views/dashboard/charts/mix-charts.ts';
import { spreadChart } from '../../views/dashboard/charts/spread-chart.ts';

/** 'page' when the chart is shown on the page (its table may be an overview), 'file' for the SVG and downloads. */
export type ChartUse = 'page' | 'file';
type ChartSource = (ctx: ServiceContext, scope: Scope, filter: DashboardFilter, locale: Locale, use: ChartUse) => Promise<Chart>;

/** Above the table's limit the page shows consortia per number of levels, precomputed; the downloads list each one. */
async function levels(ctx: ServiceContext, scope: Scope, locale: Locale, use: ChartUse): Promise<Chart> {
  if (use === 'page' && scope.key !== null && scope.consortiumIds.length > LEVELS_TABLE_LIMIT) {
    const counts = await getLevelCounts(ctx, scope);
    if ([...counts.values()].reduce((sum, n) => sum + n, 0) > LEVELS_TABLE_LIMIT) return levelsCountChart(counts, locale);
  }
  return levelsChart(await getConsortiumLevels(ctx, scope), locale);
}

// The charts of "Diversiteit in beeld", in page order; their ids are the stable download names.
export const DASHBOARD_CHARTS: Record<string, ChartSource> = {
  samenstelling: async (ctx, scope, _f, locale) => compositionChart(await getComposition(ctx, scope), locale),
  doelen: async (ctx, scope, f, locale) => goalsChart(await getGoals(ctx, scope, { upToYear: f.jaar }), locale),
  actielijnen: async (ctx, scope, f, locale) => actionLinesChart(await getBudgetByActionLine(ctx, scope, f), locale),
  spreiding: async (ctx, scope, _f, locale) => spreadChart(await getSpread(ctx, scope), locale),
  sectoren: async (ctx, scope, _f, locale) => sectorsChart(await getSectorCounts(ctx, scope), locale),
  niveaus: (ctx, scope, _f, locale, use) => levels(ctx, scope, locale, use),
  disciplines: async (ctx, scope, _f, locale) => disciplinesChart(await getDisciplineCounts(ctx, scope), locale),
};

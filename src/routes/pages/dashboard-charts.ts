import type { DashboardFilter } from '../../domain/dashboard/filter.ts';
import type { Locale } from '../../domain/format.ts';
import type { ServiceContext } from '../../services/context.ts';
import { getBudgetByActionLine } from '../../services/dashboard/get-budget-by-action-line.ts';
import { getComposition } from '../../services/dashboard/get-composition.ts';
import { getGoals } from '../../services/dashboard/get-goals.ts';
import { getConsortiumLevels, getDisciplineCounts, getSectorCounts } from '../../services/dashboard/get-sectors-and-levels.ts';
import { getSpread } from '../../services/dashboard/get-spread.ts';
import type { Scope } from '../../services/dashboard/resolve-scope.ts';
import type { Chart } from '../../views/charts/chart.ts';
import { actionLinesChart } from '../../views/dashboard/charts/action-lines-chart.ts';
import { compositionChart } from '../../views/dashboard/charts/composition-chart.ts';
import { goalsChart } from '../../views/dashboard/charts/goals-chart.ts';
import { disciplinesChart, levelsChart, sectorsChart } from '../../views/dashboard/charts/mix-charts.ts';
import { spreadChart } from '../../views/dashboard/charts/spread-chart.ts';

type ChartSource = (ctx: ServiceContext, scope: Scope, filter: DashboardFilter, locale: Locale) => Promise<Chart>;

// The charts of "Diversiteit in beeld", in page order; their ids are the stable download names.
export const DASHBOARD_CHARTS: Record<string, ChartSource> = {
  samenstelling: async (ctx, scope, _f, locale) => compositionChart(await getComposition(ctx, scope), locale),
  doelen: async (ctx, scope, f, locale) => goalsChart(await getGoals(ctx, scope, { upToYear: f.jaar }), locale),
  actielijnen: async (ctx, scope, f, locale) => actionLinesChart(await getBudgetByActionLine(ctx, scope, f), locale),
  spreiding: async (ctx, scope, _f, locale) => spreadChart(await getSpread(ctx, scope), locale),
  sectoren: async (ctx, scope, _f, locale) => sectorsChart(await getSectorCounts(ctx, scope), locale),
  niveaus: async (ctx, scope, _f, locale) => levelsChart(await getConsortiumLevels(ctx, scope), locale),
  disciplines: async (ctx, scope, _f, locale) => disciplinesChart(await getDisciplineCounts(ctx, scope), locale),
};

import { Hono } from 'hono';
import { filterQuery, parseDashboardFilter, type DashboardFilter } from '../../domain/dashboard/filter.ts';
import { formatNumber, type Locale } from '../../domain/format.ts';
import { Invalid, NotFound, type FieldProblem } from '../../errors.ts';
import type { ServiceContext } from '../../services/context.ts';
import { listFilterOptions } from '../../services/dashboard/list-filter-options.ts';
import { searchConsortia } from '../../services/dashboard/search-consortia.ts';
import { resolveScope, type Scope } from '../../services/dashboard/resolve-scope.ts';
import { getProgrammeFigures } from '../../services/figures/get-programme-figures.ts';
import { XLSX_MEDIA_TYPE as XLSX } from '../../domain/export/xlsx.ts';
import { chartCsv, chartXlsx, renderChartSvg } from '../../views/charts/chart.ts';
import { narrowChart } from '../../views/charts/narrow-chart.ts';
import { DashboardPage } from '../../views/dashboard/dashboard-page.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { DASHBOARD_CHARTS } from './dashboard-charts.ts';

type Parsed = { filter: DashboardFilter; scope: Scope } | { problems: FieldProblem[] };

/** Filter from the query string and the scope it selects; bad values become field problems (codes), not errors. */
export async function parseFilterAndScope(ctx: ServiceContext, query: Record<string, string>, locale: Locale): Promise<Parsed> {
  const searched = await resolveConsortiumText(ctx, query, locale);
  if ('problems' in searched) return searched;
  const parsed = parseDashboardFilter(searched.query);
  if ('problems' in parsed) return parsed;
  try {
    return { filter: parsed.filter, scope: await resolveScope(ctx, parsed.filter) };
  } catch (error) {
    // An unknown consortium is the one problem the scope finds: the page shows it beside the other fields.
    if (!(error instanceof Invalid)) throw error;
    return { problems: error.problems };
  }
}

/** The consortium field may hold a name typed in the search field: it is resolved to one slug, or told why not. */
async function resolveConsortiumText(ctx: ServiceContext, query: Record<string, string>, locale: Locale): Promise<{ query: Record<string, string> } | { problems: FieldProblem[] }> {
  const text = query.consortium?.trim();
  if (!text) return { query };
  const found = await searchConsortia(ctx, text);
  if ('slug' in found) return { query: { ...query, consortium: found.slug } };
  if (found.total < 2) return { query };
  return { problems: [{ name: 'consortium', reason: 'filterConsortiumAmbiguous', values: { count: formatNumber(found.total, locale), names: found.matches.join(', ') } }] };
}

// Downloads may be embedded or fetched from other sites: the chart alone as SVG, its data as CSV.
const DOWNLOAD_HEADERS = { 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*' };

/** "Diversiteit in beeld": the page, and each chart alone as SVG, CSV and XLSX at a stable URL. */
export function createDashboardRoutes({ db }: AppDeps): Hono {
  const router = new Hono();
  const ctx: ServiceContext = { db, actor: null };
  router.get('/dashboard', async (c) => {
    const locale = localeOf(c);
    const [parsed, figures] = await Promise.all([parseFilterAndScope(ctx, c.req.query(), locale), getProgrammeFigures(ctx)]);
    if ('problems' in parsed) {
      const options = await listFilterOptions(ctx);
      return renderPage(c, <DashboardPage locale={locale} filter={{}} query="" options={options} figures={figures} charts={[]} problems={parsed.problems} />, 400);
    }
    // The options and the charts at once: each is a few small reads of precomputed rows.
    const [options, charts] = await Promise.all([listFilterOptions(ctx, parsed.filter.consortium),
      Promise.all(Object.values(DASHBOARD_CHARTS).map((load) => load(ctx, parsed.scope, parsed.filter, locale, 'page')))]);
    return renderPage(c, <DashboardPage locale={locale} filter={parsed.filter} query={filterQuery(parsed.filter)} options={options} figures={figures} charts={charts} />);
  });
  router.get('/dashboard/:file', async (c) => {
    // `<id>-smal.svg` is the chart drawn for a phone (views/charts/narrow-chart.ts).
    const match = /^([a-z]+)(-smal\.svg|\.svg|\.csv|\.xlsx)$/.exec(c.req.param('file'));
    const load = match ? DASHBOARD_CHARTS[match[1] as string] : undefined;
    if (!match || !load) throw new NotFound('chartNotFound');
    const locale = localeOf(c);
    const parsed = await parseFilterAndScope(ctx, c.req.query(), locale);
    if ('problems' in parsed) throw new Invalid('filterInvalid', parsed.problems);
    const chart = await load(ctx, parsed.scope, parsed.filter, locale, 'file');
    if (match[2] === '-smal.svg') return c.body(renderChartSvg(narrowChart(chart)), 200, { ...DOWNLOAD_HEADERS, 'Content-Type': 'image/svg+xml; charset=utf-8' });
    if (match[2] === '.svg') return c.body(renderChartSvg(chart), 200, { ...DOWNLOAD_HEADERS, 'Content-Type': 'image/svg+xml; charset=utf-8' });
    if (match[2] === '.xlsx') return c.body((await chartXlsx(chart)) as unknown as ArrayBuffer, 200, { ...DOWNLOAD_HEADERS, 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${chart.id}.xlsx"` });
    return c.body(chartCsv(chart), 200, {
      ...DOWNLOAD_HEADERS, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${chart.id}.csv"`,
    });
  });
  return router;
}

import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { filterQuery } from '../../domain/dashboard/filter.ts';
import { Invalid, NotFound, type FieldProblem } from '../../errors.ts';
import type { ServiceContext } from '../../services/context.ts';
import { listFilterOptions } from '../../services/dashboard/list-filter-options.ts';
import { getMapOverview } from '../../services/dashboard/get-map-overview.ts';
import { listMapPps } from '../../services/dashboard/list-map-pps.ts';
import { listMapPpsPage } from '../../services/dashboard/list-map-pps-page.ts';
import { XLSX_MEDIA_TYPE as XLSX } from '../../domain/export/xlsx.ts';
import { chartCsv, chartXlsx, renderChartSvg } from '../../views/charts/chart.ts';
import { narrowChart } from '../../views/charts/narrow-chart.ts';
import { mapGroups, mapSizeLegend, mapSummary, networkMapChart, type MapColouring } from '../../views/map/network-map-chart.ts';
import { MAP_FILTER_FIELDS, MAP_LIST_PAGE_SIZE, NetworkMapPage } from '../../views/map/network-map-page.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import type { Locale } from '../../domain/format.ts';
import { renderPage } from '../render.ts';
import { parseFilterAndScope } from './dashboard.tsx';

const Colouring = z.enum(['consortium', 'sector']).catch('consortium');
// A page past the end shows the last one; anything unreadable the first (the list's pager writes these links).
const Page = z.coerce.number().int().min(1).catch(1);

/** The map's own parameters (kleur, pagina) apart; the rest is the shared dashboard filter. */
function splitColouring(c: Context): { colouring: MapColouring; page: number; rest: Record<string, string> } {
  const { kleur, pagina, ...rest } = c.req.query();
  return { colouring: Colouring.parse(kleur), page: Page.parse(pagina ?? 1), rest };
}

/** The dashboard's filter, less what does not apply to pps'en: such a parameter is refused, not silently ignored. */
async function parseMapFilter(ctx: ServiceContext, query: Record<string, string>, locale: Locale) {
  const offered: readonly string[] = MAP_FILTER_FIELDS;
  const other = Object.keys(query).filter((key) => (key === 'actielijn' || key === 'jaar') && !offered.includes(key) && query[key]?.trim());
  if (other.length) return { problems: other.map((name): FieldProblem => ({ name, reason: 'filterNotOnMap' })) };
  return parseFilterAndScope(ctx, query, locale);
}

const DOWNLOAD_HEADERS = { 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*' };

/** The network map: all pps'en on the map, with a list per province and downloads. */
export function createNetworkMapRoutes({ db }: AppDeps): Hono {
  const router = new Hono();
  const ctx: ServiceContext = { db, actor: null };
  router.get('/kaart', async (c) => {
    const locale = localeOf(c);
    const { colouring, page, rest } = splitColouring(c);
    const parsed = await parseMapFilter(ctx, rest, locale);
    if ('problems' in parsed) {
      const options = await listFilterOptions(ctx);
      return renderPage(c, <NetworkMapPage locale={locale} filter={{}} colouring={colouring} query="" options={options} summary={null} groups={[]} sizes={[]} list={null} problems={parsed.problems} />, 400);
    }
    // The page's figures are precomputed and it lists one page of pps'en; the SVG and downloads take them all.
    const [options, overview] = await Promise.all([listFilterOptions(ctx, parsed.filter.consortium), getMapOverview(ctx, parsed.scope, colouring, locale)]);
    const list = await listMapPpsPage(ctx, parsed.scope, page, MAP_LIST_PAGE_SIZE, overview.provinces);
    const summary = mapSummary({ ...overview, provinces: overview.provinces.length }, locale);
    const query = filterQuery(parsed.filter, colouring === 'sector' ? { kleur: 'sector' } : {});
    return renderPage(c, (
      <NetworkMapPage locale={locale} filter={parsed.filter} colouring={colouring} query={query} options={options}
        summary={summary} groups={mapGroups(overview.groups, locale)} sizes={mapSizeLegend(overview.largest)} list={list} />
    ));
  });
  router.get('/kaart/:file', async (c) => {
    const file = c.req.param('file');
    if (!['kaart.svg', 'kaart-smal.svg', 'pps.csv', 'pps.xlsx'].includes(file)) throw new NotFound('fileNotFound');
    const { colouring, rest } = splitColouring(c);
    const locale = localeOf(c);
    const parsed = await parseMapFilter(ctx, rest, locale);
    if ('problems' in parsed) throw new Invalid('filterInvalid', parsed.problems);
    const chart = networkMapChart(await listMapPps(ctx, parsed.scope), colouring, locale);
    if (file === 'kaart-smal.svg') return c.body(renderChartSvg(narrowChart(chart)), 200, { ...DOWNLOAD_HEADERS, 'Content-Type': 'image/svg+xml; charset=utf-8' });
    if (file === 'kaart.svg') return c.body(renderChartSvg(chart), 200, { ...DOWNLOAD_HEADERS, 'Content-Type': 'image/svg+xml; charset=utf-8' });
    if (file === 'pps.xlsx') return c.body((await chartXlsx(chart)) as unknown as ArrayBuffer, 200, { ...DOWNLOAD_HEADERS, 'Content-Type': XLSX, 'Content-Disposition': 'attachment; filename="pps.xlsx"' });
    return c.body(chartCsv(chart), 200, { ...DOWNLOAD_HEADERS, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="pps.csv"' });
  });
  return router;
}

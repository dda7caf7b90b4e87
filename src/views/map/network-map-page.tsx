import type { DashboardFilter } from '../../domain/dashboard/filter.ts';
import type { FieldProblem } from '../../errors.ts';
import { formatNumber, type Locale } from '../../domain/format.ts';
import { dashboardMessages } from '../../i18n/dashboard.ts';
import { localePath } from '../../i18n/messages.ts';
import { mapMessages } from '../../i18n/network-map.ts';
import type { MapListPage } from '../../services/dashboard/list-map-pps-page.ts';
import type { FilterOptions } from '../../services/dashboard/list-filter-options.ts';
import { ErrorSummary } from '../portal/form-controls.tsx';
import { ActiveFilter, FilterForm } from '../dashboard/filter-form.tsx';
import { IllustrativeNotice } from '../illustrative-notice.tsx';
import { Layout } from '../layout.tsx';
import { MAP_HEIGHT, MAP_WIDTH, type MapColouring, type MapGroup } from './network-map-chart.ts';
import { ChartImage } from '../charts/chart-image.tsx';

// A pps has no action line or year of its own, so the map offers only the filters that select pps'en.
export const MAP_FILTER_FIELDS = ['consortium', 'provincie', 'sector'] as const;

/** The list beside the map shows this many pps'en a page; at ×100 a province alone holds thousands. */
export const MAP_LIST_PAGE_SIZE = 200;
/** The legend names at most this many groups (most pps'en first): colours repeat after eight anyway. */
export const MAP_LEGEND_LIMIT = 24;

export type NetworkMapPageProps = {
  locale: Locale; filter: DashboardFilter; colouring: MapColouring; query: string; options: FilterOptions;
  /** The sentence under the map; null when the filter is refused. */
  summary: string | null; groups: MapGroup[]; sizes: { count: number; size: number }[]; list: MapListPage | null;
  problems?: FieldProblem[];
};

function ColourSelect({ locale, colouring }: { locale: Locale; colouring: MapColouring }) {
  const t = mapMessages(locale);
  return (
    <div class="utrecht-form-field pps-filter__field">
      <label class="utrecht-form-label" for="filter-kleur">{t.colourBy}</label>
      <select class="utrecht-select utrecht-select--html-select" id="filter-kleur" name="kleur">
        <option value="consortium" selected={colouring === 'consortium'}>{t.byConsortium}</option>
        <option value="sector" selected={colouring === 'sector'}>{t.bySector}</option>
      </select>
    </div>
  );
}

function Pager({ locale, page, pages, href }: { locale: Locale; page: number; pages: number; href: (page: number) => string }) {
  const t = mapMessages(locale);
  if (pages <= 1) return null;
  return (
    <nav class="pps-pager" aria-label={t.pagerLabel}>
      <p class="utrecht-paragraph">{t.pageOf(formatNumber(page, locale), formatNumber(pages, locale))}</p>
      <ul class="pps-chart__downloads">
        {page > 1 && <li><a class="utrecht-link" rel="prev" href={href(page - 1)}>{t.previousPage}</a></li>}
        {page < pages && <li><a class="utrecht-link" rel="next" href={href(page + 1)}>{t.nextPage}</a></li>}
      </ul>
    </nav>
  );
}

/** The pps'en of the map as a list per province, a page at a time; each province heading counts all of its own. */
function ProvinceList({ locale, list, query }: { locale: Locale; list: MapListPage; query: string }) {
  const t = mapMessages(locale);
  const totals = new Map(list.provinces.map((p) => [p.code, p.count]));
  const shown = [...new Map(list.items.map((p) => [p.provinceCode, p.provinceName])).entries()];
  const href = (n: number) => `${localePath(locale, '/kaart')}${query ? `${query}&` : '?'}pagina=${n}#pps-per-provincie`;
  return (
    <section aria-labelledby="pps-per-provincie">
      <h2 class="utrecht-heading-2" id="pps-per-provincie">{t.listTitle}</h2>
      <p class="utrecht-paragraph">{t.listIntro}</p>
      <Pager locale={locale} page={list.page} pages={list.pages} href={href} />
      {shown.map(([code, name]) => (
        <section class="pps-province" aria-labelledby={`provincie-${code}`}>
          <h3 class="utrecht-heading-3" id={`provincie-${code}`}>{name} ({formatNumber(totals.get(code) ?? 0, locale)})</h3>
          <p class="utrecht-paragraph"><a class="utrecht-link" href={`${localePath(locale, '/dashboard')}?provincie=${code}`}>{t.provinceDashboard}: {name}</a></p>
          <ul class="utrecht-unordered-list pps-province__list">
            {list.items.filter((p) => p.provinceCode === code).map((p) => (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={localePath(locale, `/pps/${p.slug}`)}>{p.name}</a>
                {` (${[p.municipality, p.consortiumName].filter(Boolean).join(', ')})`}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Pager locale={locale} page={list.page} pages={list.pages} href={href} />
    </section>
  );
}

/** The largest groups when there are more than MAP_LEGEND_LIMIT; a line says how many more the downloads hold. */
function GroupLegend({ locale, groups }: { locale: Locale; groups: MapGroup[] }) {
  const t = mapMessages(locale);
  const shown = groups.length > MAP_LEGEND_LIMIT ? [...groups].sort((a, b) => b.count - a.count).slice(0, MAP_LEGEND_LIMIT) : groups;
  return (
    <>
      <ul class="pps-legend">
        {shown.map((g) => <li><span class={`pps-legend__glyph pps-swatch--${g.colourIndex}`} aria-hidden="true">{g.glyph}</span> {g.label} ({formatNumber(g.count, locale)})</li>)}
      </ul>
      {shown.length < groups.length && <p class="utrecht-paragraph">{t.legendMore(formatNumber(groups.length - shown.length, locale))}</p>}
    </>
  );
}

function SizeLegend({ locale, sizes }: { locale: Locale; sizes: { count: number; size: number }[] }) {
  const t = mapMessages(locale);
  return (
    <>
      <h3 class="utrecht-heading-4">{t.sizeLegend}</h3>
      <ul class="pps-legend pps-legend--sizes">
        {sizes.map((s) => (
          <li>
            <svg class="pps-legend__size" width={s.size + 2} height={s.size + 2} aria-hidden="true" focusable="false">
              <circle cx={(s.size + 2) / 2} cy={(s.size + 2) / 2} r={s.size / 2} fill="#6b6b6b" />
            </svg>{' '}
            {t.sizeCount(formatNumber(s.count, locale), s.count)}
          </li>
        ))}
      </ul>
    </>
  );
}

export function NetworkMapPage({ locale, filter, colouring, query, options, summary, groups, sizes, list, problems = [] }: NetworkMapPageProps) {
  const t = mapMessages(locale);
  const d = dashboardMessages(locale);
  const base = localePath(locale, '/kaart');
  return (
    <Layout locale={locale} title={t.title} path="/kaart">
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.intro}</p>
      <IllustrativeNotice locale={locale} />
      {problems.length > 0 && <ErrorSummary title={d.errorTitle} message={d.errorIntro} problems={problems} fieldId={(name) => `filter-${name}`} />}
      <FilterForm locale={locale} action="/kaart" filter={filter} options={options} fields={MAP_FILTER_FIELDS} extra={<ColourSelect locale={locale} colouring={colouring} />} />
      {summary !== null && (
        <>
          <ActiveFilter locale={locale} filter={filter} options={options} />
          <p class="utrecht-paragraph pps-chart__summary">{summary}</p>
          <div class="pps-map">
            <ChartImage src={`${base}/kaart.svg`} query={query} alt={`${t.mapAlt}. ${summary}`} width={MAP_WIDTH} height={MAP_HEIGHT} />
            <div class="pps-map__legend">
              <h2 class="utrecht-heading-3">{t.legend}</h2>
              <GroupLegend locale={locale} groups={groups} />
              <SizeLegend locale={locale} sizes={sizes} />
            </div>
          </div>
          <p class="utrecht-paragraph pps-attribution">{t.attribution}</p>
          <ul class="pps-chart__downloads">
            <li><a class="utrecht-link" href={`${base}/pps.csv${query}`} download>{t.downloadCsv}</a></li>
            <li><a class="utrecht-link" href={`${base}/pps.xlsx${query}`} download>{t.downloadXlsx}</a></li>
            <li><a class="utrecht-link" href={`${base}/kaart.svg${query}`}>{t.downloadSvg}</a></li>
          </ul>
          {list && <ProvinceList locale={locale} list={list} query={query} />}
        </>
      )}
    </Layout>
  );
}

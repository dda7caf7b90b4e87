import { describe, expect, it } from 'vitest';
import type { FilterOptions } from '../../services/dashboard/list-filter-options.ts';
import { levelsChart, LEVELS_TABLE_LIMIT } from '../dashboard/charts/mix-charts.ts';
import { FilterForm } from '../dashboard/filter-form.tsx';
import { MAP_LEGEND_LIMIT, NetworkMapPage } from './network-map-page.tsx';
import type { MapGroup } from './network-map-chart.ts';

// What keeps the dashboard and map small at national scale: a search field instead of a long select, a paged list,
// a legend of the largest groups, and a levels table that counts instead of listing every consortium.
const options = (consortiumSearch: boolean): FilterOptions => ({
  consortia: [{ value: 'alfa', label: 'Alfa' }], consortiumSearch, provinces: [], sectors: [], actionLines: [], years: [],
});

describe('public pages at scale', () => {
  it('offers a search field holding the chosen consortium’s name when the list would be long', () => {
    const long = String(<FilterForm locale="nl" action="/dashboard" filter={{ consortium: 'alfa' }} options={options(true)} />);
    expect(long).toMatch(/<input[^>]*type="search"[^>]*name="consortium"[^>]*value="Alfa"/);
    expect(long).not.toContain('<select class="utrecht-select utrecht-select--html-select" id="filter-consortium"');
    expect(String(<FilterForm locale="nl" action="/dashboard" filter={{}} options={options(false)} />)).toContain('id="filter-consortium" name="consortium"><option');
  });

  it('pages the list of pps’en and names only the largest groups in the legend', () => {
    const groups: MapGroup[] = Array.from({ length: MAP_LEGEND_LIMIT + 3 }, (_, i) => ({
      key: `G${i}`, label: `Groep ${i}`, count: i + 1, colour: '#000', colourIndex: i % 8, symbol: 'circle', glyph: '●',
    }));
    const list = { items: [{ slug: 'p', name: 'Pps P', municipality: 'Utrecht', consortiumName: 'Alfa', provinceCode: 'PV26', provinceName: 'Utrecht' }],
      page: 2, pages: 3, provinces: [{ code: 'PV26', name: 'Utrecht', count: 450 }] };
    const html = String(<NetworkMapPage locale="en" filter={{ provincie: 'PV26' }} colouring="consortium" query="?provincie=PV26"
      options={options(false)} summary="450 pps" groups={groups} sizes={[]} list={list} />);
    expect(html).toContain('Page 2 of 3');
    expect(html).toContain('href="/en/kaart?provincie=PV26&amp;pagina=1#pps-per-provincie"');
    expect(html).toContain('href="/en/kaart?provincie=PV26&amp;pagina=3#pps-per-provincie"');
    expect(html).toContain('Utrecht (450)');
    expect(html).toContain(`Groep ${MAP_LEGEND_LIMIT + 2} (`);
    expect(html).not.toContain('Groep 0 (');
    expect(html).toContain('And 3 other groups.');
  });

  it('counts consortia per number of levels in the page’s table above the limit, and keeps every row for downloads', () => {
    const data = Array.from({ length: LEVELS_TABLE_LIMIT + 1 }, (_, i) => ({ slug: `c${i}`, name: `C${i}`, levels: i % 2 ? ['mbo', 'hbo'] : ['mbo'] }));
    const chart = levelsChart(data, 'nl');
    expect(chart.rows).toHaveLength(LEVELS_TABLE_LIMIT + 1);
    expect(chart.overview?.rows).toEqual([
      { niveaus: '1 niveau', consortia: 51 }, { niveaus: '2 niveaus', consortia: 50 }, { niveaus: '3 niveaus', consortia: 0 }, { niveaus: '4 niveaus', consortia: 0 },
    ]);
    expect(levelsChart(data.slice(0, LEVELS_TABLE_LIMIT), 'nl').overview).toBeUndefined();
  });
});

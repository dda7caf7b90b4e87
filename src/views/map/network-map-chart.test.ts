import { describe, expect, it } from 'vitest';
import type { MapPps } from '../../services/dashboard/list-map-pps.ts';
import { mapFigures, mapSizeLegend, networkMapChart } from './network-map-chart.ts';

const at = (municipalityCode: string | null, n: number, consortiumName = 'A'): MapPps => ({
  slug: `pps-${municipalityCode}-${n}-${consortiumName}`, name: `Pps ${n}`, status: 'actief', consortiumSlug: consortiumName, consortiumName,
  municipality: municipalityCode, municipalityCode, provinceCode: 'PV26', provinceName: 'Utrecht',
  sectorCode: null, sectorNl: null, sectorEn: null, latitude: 52.09 + n / 1000, longitude: 5.12,
});

describe('network map chart', () => {
  it('sizes each marker by the pps’en at its place, and counts places, not pps’en', () => {
    const items = [at('GM0344', 1), at('GM0344', 2), at('GM0344', 3), at('GM0344', 4), at('GM0344', 5), at('GM0307', 6), at(null, 7)];
    const chart = networkMapChart(items, 'consortium', 'nl');
    const series = (chart.option as { series: { data: { value: number[]; symbolSize: number }[] }[] }).series;
    expect(series[0]!.data.map((d) => [d.value[2], d.symbolSize])).toEqual([[5, 18], [1, 8], [1, 8]]);
    expect(chart.summary).toBe("7 pps'en op 3 plaatsen in 1 provincies.");
    expect(mapSizeLegend(mapFigures(items, 'consortium', 'nl').largest)).toEqual([{ count: 1, size: 8 }, { count: 3, size: 15 }, { count: 5, size: 18 }]);
  });

  it('gives each group its own marker at a shared place', () => {
    const chart = networkMapChart([at('GM0344', 1, 'A'), at('GM0344', 2, 'B')], 'consortium', 'nl');
    const series = (chart.option as { series: { data: unknown[] }[] }).series;
    expect(series.map((s) => s.data.length)).toEqual([1, 1]);
    expect(chart.summary).toBe("2 pps'en op 1 plaatsen in 1 provincies.");
  });
});

import { describe, expect, it } from 'vitest';
import { toCsv } from '../export/csv.ts';
import { countComposition } from './composition.ts';
import { filterQuery, parseDashboardFilter } from './filter.ts';
import { growthFactor, progressShare, realisedForOneYear } from './goals.ts';
import { CHART_BACKGROUND, CHART_COLOURS, CHOROPLETH_CLASSES, contrastRatio } from './palette.ts';

describe('dashboard rules', () => {
  it('counts each organisation in exactly one stakeholder category', () => {
    const counts = countComposition([
      { kind: 'onderwijsinstelling', educationLevel: 'mbo', companySize: null, governmentLevel: null },
      { kind: 'bedrijf', educationLevel: null, companySize: 'mkb', governmentLevel: null },
      { kind: 'bedrijf', educationLevel: null, companySize: 'mkb', governmentLevel: null },
      { kind: 'overheid', educationLevel: null, companySize: null, governmentLevel: 'gemeente' },
      { kind: 'overig', educationLevel: null, companySize: null, governmentLevel: null },
    ]);
    expect(counts.find((c) => c.category === 'bedrijf-mkb')?.count).toBe(2);
    expect(counts.find((c) => c.category === 'onderwijs-mbo')?.count).toBe(1);
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(5);
  });

  it('computes the growth factor and the progress from baseline to target', () => {
    expect(growthFactor({ baseline: 10_000, target: 30_000, realised: null })).toBe(3);
    expect(growthFactor({ baseline: 0, target: 5, realised: null })).toBeNull();
    expect(progressShare({ baseline: 10_000, target: 30_000, realised: 15_000 })).toBe(0.25);
    expect(progressShare({ baseline: 10_000, target: 30_000, realised: 40_000 })).toBe(1);
    expect(progressShare({ baseline: 10_000, target: 30_000, realised: null })).toBeNull();
  });

  it('parses filters and lists every problem as a code', () => {
    expect(parseDashboardFilter({ provincie: 'PV31', jaar: '2025', sector: '' })).toEqual({ filter: { provincie: 'PV31', jaar: 2025 } });
    const result = parseDashboardFilter({ provincie: 'PV99', jaar: 'vorig jaar', kleurtje: 'x' });
    expect('problems' in result && result.problems.map((p) => [p.name, p.reason]).sort()).toEqual([['jaar', 'filterYear'], ['kleurtje', 'filterUnknown'], ['provincie', 'filterProvince']]);
    const early = parseDashboardFilter({ jaar: '2019', onzin: '1' });
    expect('problems' in early && early.problems.map((p) => p.reason).sort()).toEqual(['filterUnknown', 'filterYearMin']);
    expect(filterQuery({ provincie: 'PV31', jaar: 2025 })).toBe('?provincie=PV31&jaar=2025');
    expect(filterQuery({})).toBe('');
  });

  it('uses chart colours with at least 3:1 contrast on the background', () => {
    for (const colour of CHART_COLOURS) expect(contrastRatio(colour, CHART_BACKGROUND), colour).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(CHOROPLETH_CLASSES.at(-1) as string, CHART_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('writes CSV for Dutch spreadsheets and neutralises formulas', () => {
    const csv = toCsv([{ a: '=HYPERLINK("x")', b: 12 }, { a: 'gewoon; tekst', b: -3 }], [
      { header: 'naam', value: (r) => r.a },
      { header: 'aantal', value: (r) => r.b },
    ]);
    expect(csv).toBe('\uFEFFnaam;aantal\r\n"\'=HYPERLINK(""x"")";12\r\n"gewoon; tekst";-3\r\n');
  });
});

describe('network map rules', async () => {
  const { clusterPoints, markerSize, markerStyle, placeKey, sizeLegendCounts } = await import('./map-groups.ts');
  it('gives up to 32 groups a distinct colour and shape', () => {
    const styles = Array.from({ length: 32 }, (_, i) => markerStyle(i)).map((s) => `${s.colour}${s.symbol}`);
    expect(new Set(styles).size).toBe(32);
  });
  it('clusters pps at the same place in the same group, and sizes by area', () => {
    const clusters = clusterPoints([
      { group: 'a', place: 'GM0344', latitude: 52.1, longitude: 5.1 }, { group: 'a', place: 'GM0344', latitude: 52.1, longitude: 5.1 },
      { group: 'b', place: 'GM0344', latitude: 52.1, longitude: 5.1 }, { group: 'a', place: 'GM0599', latitude: 51, longitude: 4 },
    ]);
    expect(clusters.map((c) => c.count).sort()).toEqual([1, 1, 2]);
    expect(markerSize(1)).toBe(8);
    expect(markerSize(5)).toBe(18);
    expect(sizeLegendCounts(clusters)).toEqual([1, 2]);
    expect(sizeLegendCounts([{ ...clusters[0]!, count: 9 }])).toEqual([1, 5, 9]);
  });
  it('places a pps at its municipality, and one without at its own coordinates', () => {
    expect(placeKey({ municipalityCode: 'GM0344', latitude: 52.0912, longitude: 5.1221 })).toBe('GM0344');
    expect(placeKey({ municipalityCode: null, latitude: 52.09123, longitude: 5.12214 })).toBe('52.091,5.122');
  });
});

describe('realisedForOneYear', () => {
  it('never adds one consortium’s newer year to the others’ older one', () => {
    const values = [
      ...Array.from({ length: 14 }, (_, i) => ({ consortiumId: i + 1, year: 2025, value: 100 })),
      { consortiumId: 15, year: 2025, value: 50 },
      { consortiumId: 15, year: 2026, value: 900 },
    ];
    expect(realisedForOneYear(values)).toEqual({ year: 2025, value: 1450, consortia: 15 });
  });
  it('takes the latest year once as many consortia have reported it', () => {
    const values = [{ consortiumId: 1, year: 2024, value: 1 }, { consortiumId: 2, year: 2024, value: 2 }, { consortiumId: 1, year: 2025, value: 10 }, { consortiumId: 2, year: 2025, value: 20 }];
    expect(realisedForOneYear(values)).toEqual({ year: 2025, value: 30, consortia: 2 });
  });
  it('is null without values', () => {
    expect(realisedForOneYear([])).toBeNull();
  });
});

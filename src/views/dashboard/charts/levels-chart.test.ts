import { describe, expect, it } from 'vitest';
import type { ConsortiumLevels } from '../../../services/dashboard/get-sectors-and-levels.ts';
import { levelsChart, levelsCountChart, LEVELS_TABLE_LIMIT } from './mix-charts.ts';

// The page's levels chart from precomputed counts must show what the chart of every consortium shows.
const consortia = (n: number): ConsortiumLevels[] => Array.from({ length: n }, (_, i) => ({
  slug: `c${i}`, name: `C${i}`, levels: ['mbo', 'hbo', 'wo', 'vo'].slice(0, 1 + (i % 3)),
}));
const perCount = (data: ConsortiumLevels[]) => {
  const m = new Map<number, number>();
  for (const c of data) m.set(c.levels.length, (m.get(c.levels.length) ?? 0) + 1);
  return m;
};

describe('levels chart from counts', () => {
  it('has the summary, bars and overview of the chart of every consortium', () => {
    for (const n of [LEVELS_TABLE_LIMIT + 5, 7, 0]) {
      const full = levelsChart(consortia(n), 'en');
      const counted = levelsCountChart(perCount(consortia(n)), 'en');
      expect(JSON.stringify([counted.summary, counted.option, counted.overview, counted.height]))
        .toBe(JSON.stringify([full.summary, full.option, full.overview, full.height]));
    }
    expect(levelsCountChart(perCount(consortia(LEVELS_TABLE_LIMIT + 5)), 'nl').overview?.rows).toEqual([
      { niveaus: '1 niveau', consortia: 35 }, { niveaus: '2 niveaus', consortia: 35 }, { niveaus: '3 niveaus', consortia: 35 }, { niveaus: '4 niveaus', consortia: 0 },
    ]);
  });
});

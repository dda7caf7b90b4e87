import { describe, expect, it } from 'vitest';
import { realisedForOneYear, realisedFromYearSums, type YearValue } from './goals.ts';

// The precomputed path sums per year in the database; it must pick the same year and value as the row-wise rule.
function yearSums(values: YearValue[]) {
  const byYear = new Map<number, { year: number; value: number; consortia: number }>();
  for (const v of values) {
    const s = byYear.get(v.year) ?? { year: v.year, value: 0, consortia: 0 };
    byYear.set(v.year, { year: v.year, value: s.value + v.value, consortia: s.consortia + 1 });
  }
  return [...byYear.values()];
}

describe('realisedFromYearSums', () => {
  it('agrees with realisedForOneYear: most consortia, then the latest year', () => {
    const cases: YearValue[][] = [
      [],
      [{ consortiumId: 1, year: 2025, value: 10 }],
      [{ consortiumId: 1, year: 2025, value: 10 }, { consortiumId: 2, year: 2025, value: 5 }, { consortiumId: 1, year: 2026, value: 40 }],
      [{ consortiumId: 1, year: 2024, value: 3 }, { consortiumId: 2, year: 2025, value: 7 }],
      [{ consortiumId: 1, year: 2026, value: 1 }, { consortiumId: 2, year: 2026, value: 2 }, { consortiumId: 3, year: 2025, value: 9 }, { consortiumId: 4, year: 2025, value: 9 }],
    ];
    for (const values of cases) expect(realisedFromYearSums(yearSums(values))).toEqual(realisedForOneYear(values));
  });

  it('counts no year without consortia as realised', () => {
    expect(realisedFromYearSums([])).toBeNull();
  });
});

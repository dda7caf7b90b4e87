// The ×3 ambition: how far the reach indicators are from baseline to the 2027 target.
export type GoalFacts = { baseline: number; target: number; realised: number | null };

/** Target divided by baseline, one decimal ("3x zo groot"); null without a baseline. */
export function growthFactor(g: GoalFacts): number | null {
  return g.baseline > 0 ? Math.round((g.target / g.baseline) * 10) / 10 : null;
}

/** Share of the way from baseline to target that is realised, 0..1 (capped); null without a realised value. */
export function progressShare(g: GoalFacts): number | null {
  if (g.realised === null) return null;
  const way = g.target - g.baseline;
  if (way <= 0) return g.realised >= g.target ? 1 : 0;
  return Math.min(1, Math.max(0, (g.realised - g.baseline) / way));
}

export type YearValue = { consortiumId: number; year: number; value: number };

/**
 * The realised figure of one year, never a mix of years: the year that most consortia have an approved
 * value for (the latest of equals), summed over exactly those consortia. Null without values.
 */
export function realisedForOneYear(values: readonly YearValue[]): { year: number; value: number; consortia: number } | null {
  const byYear = new Map<number, YearValue[]>();
  for (const v of values) byYear.set(v.year, [...(byYear.get(v.year) ?? []), v]);
  let best: { year: number; rows: YearValue[] } | null = null;
  for (const [year, rows] of byYear) {
    const count = new Set(rows.map((r) => r.consortiumId)).size;
    const bestCount = best ? new Set(best.rows.map((r) => r.consortiumId)).size : -1;
    if (count > bestCount || (count === bestCount && year > best!.year)) best = { year, rows };
  }
  if (!best) return null;
  return { year: best.year, value: best.rows.reduce((sum, r) => sum + r.value, 0), consortia: new Set(best.rows.map((r) => r.consortiumId)).size };
}

export type YearSum = { year: number; value: number; consortia: number };

/** realisedForOneYear over per-year sums (precomputed): the year with most consortia, the latest of equals. */
export function realisedFromYearSums(sums: readonly YearSum[]): YearSum | null {
  let best: YearSum | null = null;
  for (const s of sums) {
    if (!best || s.consortia > best.consortia || (s.consortia === best.consortia && s.year > best.year)) best = s;
  }
  return best && { year: best.year, value: best.value, consortia: best.consortia };
}

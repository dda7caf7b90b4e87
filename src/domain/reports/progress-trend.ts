// Progress to target: a straight line from the baseline to the latest approved value, projected to the target year.
export type TargetFacts = { baselineValue: number; baselineYear: number; targetValue: number; targetYear: number };
export type YearValue = { year: number; value: number };
export type ProgressStatus = 'op_koers' | 'achter' | 'onbekend';

export type Progress = {
  latest: YearValue | null;
  /** Share of the intended growth (baseline → target) realised so far; null without a value. */
  realisedShare: number | null;
  /** Value the linear trend reaches in the target year; null without a trend (no value after the baseline year). */
  projection: number | null;
  /** The trend line per year from baseline to target year, for a table or sparkline. */
  trend: YearValue[];
  status: ProgressStatus;
};

/**
 * onTrackShare is the programme rule: on track when the projection reaches at least this share of the target.
 * Only approved values may be passed in; the caller filters.
 */
export function computeProgress(target: TargetFacts, approved: YearValue[], onTrackShare: number | null): Progress {
  const latest = [...approved].filter((p) => p.year >= target.baselineYear).sort((a, b) => b.year - a.year)[0] ?? null;
  const growth = target.targetValue - target.baselineValue;
  const realisedShare = latest === null ? null : growth === 0 ? (latest.value >= target.targetValue ? 1 : 0) : (latest.value - target.baselineValue) / growth;
  if (latest === null || latest.year <= target.baselineYear) return { latest, realisedShare, projection: null, trend: [], status: 'onbekend' };
  const slope = (latest.value - target.baselineValue) / (latest.year - target.baselineYear);
  const at = (year: number) => Math.round(target.baselineValue + slope * (year - target.baselineYear));
  const trend = Array.from({ length: target.targetYear - target.baselineYear + 1 }, (_, i) => ({ year: target.baselineYear + i, value: at(target.baselineYear + i) }));
  const projection = at(target.targetYear);
  const status = onTrackShare === null ? 'onbekend' : projection >= onTrackShare * target.targetValue ? 'op_koers' : 'achter';
  return { latest, realisedShare, projection, trend, status };
}

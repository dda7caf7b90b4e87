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

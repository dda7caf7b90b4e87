/** One assessor's score on one criterion. */
export type CriterionScore = { assessorUserId: number; criterionId: number; score: number };
export type CriterionWeight = { criterionId: number; weight: number };

/**
 * An application's weighted score: per assessor the weighted mean over the criteria, then the mean over
 * the assessors who scored every criterion. Null when no assessor has completed the scoring.
 */
export function weightedScore(scores: readonly CriterionScore[], weights: readonly CriterionWeight[]): number | null {
  if (weights.length === 0) return null;
  const weightSum = weights.reduce((s, w) => s + w.weight, 0);
  const byAssessor = new Map<number, Map<number, number>>();
  for (const s of scores) {
    const own = byAssessor.get(s.assessorUserId) ?? new Map<number, number>();
    own.set(s.criterionId, s.score);
    byAssessor.set(s.assessorUserId, own);
  }
  const perAssessor: number[] = [];
  for (const own of byAssessor.values()) {
    if (!weights.every((w) => own.has(w.criterionId))) continue;
    perAssessor.push(weights.reduce((s, w) => s + w.weight * (own.get(w.criterionId) as number), 0) / weightSum);
  }
  if (perAssessor.length === 0) return null;
  return perAssessor.reduce((a, b) => a + b, 0) / perAssessor.length;
}

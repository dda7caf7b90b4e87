/** An eligible application as the committee weighs it. */
export type Candidate = { applicationId: number; requested: number; score: number | null };

export type RankedCandidate = Candidate & {
  rank: number;
  /** Requested amounts of this one and all ranked above it that fit. */
  cumulative: number;
  /** Meets the minimum score (when the programme sets one) and has been scored. */
  meetsMinimum: boolean;
  /** Fits within the round's budget, taken in rank order until the first that does not. */
  fits: boolean;
};

export type Ranking = { ranked: RankedCandidate[]; budget: number; allocated: number; leftOver: number; lastFittingId: number | null };

/** Highest score first; equal scores: the smaller request first, then the earlier application. Unscored last. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  const sa = a.score ?? Number.NEGATIVE_INFINITY;
  const sb = b.score ?? Number.NEGATIVE_INFINITY;
  return sb - sa || a.requested - b.requested || a.applicationId - b.applicationId;
}

/**
 * Ranks by weighted score and fills the budget in rank order: each that meets the minimum is honoured
 * while its request still fits; the first that does not fit closes the list (no skipping ahead).
 */
export function rankCandidates(candidates: readonly Candidate[], budget: number, minScore: number | null = null): Ranking {
  const sorted = [...candidates].sort(compareCandidates);
  let allocated = 0;
  let closed = false;
  let lastFittingId: number | null = null;
  const ranked = sorted.map((c, i): RankedCandidate => {
    const meetsMinimum = c.score !== null && (minScore === null || c.score >= minScore);
    const fits = !closed && meetsMinimum && allocated + c.requested <= budget;
    if (meetsMinimum && !fits) closed = true;
    if (fits) {
      allocated += c.requested;
      lastFittingId = c.applicationId;
    }
    return { ...c, rank: i + 1, meetsMinimum, fits, cumulative: allocated };
  });
  return { ranked, budget, allocated, leftOver: budget - allocated, lastFittingId };
}

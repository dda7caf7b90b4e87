import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedScore } from './weighted-score.ts';

const W = [{ criterionId: 1, weight: 1 }, { criterionId: 2, weight: 3 }];

describe('weighted score', () => {
  it('weighs each criterion and averages over the assessors who completed their scoring', () => {
    const scores = [
      { assessorUserId: 7, criterionId: 1, score: 5 }, { assessorUserId: 7, criterionId: 2, score: 1 },
      { assessorUserId: 8, criterionId: 1, score: 3 }, { assessorUserId: 8, criterionId: 2, score: 3 },
      { assessorUserId: 9, criterionId: 1, score: 1 },
    ];
    expect(weightedScore(scores, W)).toBe((2 + 3) / 2);
    expect(weightedScore([], W)).toBeNull();
  });

  it('lies between the lowest and highest score given', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 5 }), (pairs) => {
      const scores = pairs.flatMap(([a, b], i) => [{ assessorUserId: i, criterionId: 1, score: a }, { assessorUserId: i, criterionId: 2, score: b }]);
      const all = pairs.flat();
      const s = weightedScore(scores, W)!;
      expect(s).toBeGreaterThanOrEqual(Math.min(...all) - 1e-9);
      expect(s).toBeLessThanOrEqual(Math.max(...all) + 1e-9);
    }));
  });
});

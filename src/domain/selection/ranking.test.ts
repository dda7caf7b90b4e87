import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankCandidates, type Candidate } from './ranking.ts';

const candidate = fc.record({
  applicationId: fc.integer({ min: 1, max: 10_000 }),
  requested: fc.integer({ min: 0, max: 9_000_000 }),
  score: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null }),
});
const candidates = fc.uniqueArray(candidate, { selector: (c) => c.applicationId, maxLength: 30 });

describe('ranking and budget fit', () => {
  it('ranks a small round by score and says what the last one that fits leaves over', () => {
    const list: Candidate[] = [
      { applicationId: 1, requested: 5, score: 3 },
      { applicationId: 2, requested: 4, score: 4.5 },
      { applicationId: 3, requested: 3, score: 4 },
      { applicationId: 4, requested: 1, score: 2 },
    ];
    const r = rankCandidates(list, 10);
    expect(r.ranked.map((c) => [c.applicationId, c.fits])).toEqual([[2, true], [3, true], [1, false], [4, false]]);
    expect(r).toMatchObject({ allocated: 7, leftOver: 3, lastFittingId: 3 });
  });

  it('never allocates more than the budget, and the allocation is exactly the fitting requests', () => {
    fc.assert(fc.property(candidates, fc.integer({ min: 0, max: 60_000_000 }), (list, budget) => {
      const r = rankCandidates(list, budget);
      const fitting = r.ranked.filter((c) => c.fits);
      expect(r.allocated).toBe(fitting.reduce((s, c) => s + c.requested, 0));
      expect(r.allocated).toBeLessThanOrEqual(budget);
      expect(r.leftOver).toBe(budget - r.allocated);
      expect(r.lastFittingId).toBe(fitting.at(-1)?.applicationId ?? null);
    }));
  });

  it('orders by score, and the fitting ones are a prefix of the scored ones meeting the minimum', () => {
    fc.assert(fc.property(candidates, fc.integer({ min: 0, max: 60_000_000 }), fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null }), (list, budget, min) => {
      const r = rankCandidates(list, budget, min);
      expect(r.ranked.map((c) => c.rank)).toEqual(list.map((_, i) => i + 1));
      for (let i = 1; i < r.ranked.length; i++) {
        expect(r.ranked[i - 1]!.score ?? -Infinity).toBeGreaterThanOrEqual(r.ranked[i]!.score ?? -Infinity);
      }
      const eligible = r.ranked.filter((c) => c.meetsMinimum);
      const firstMiss = eligible.findIndex((c) => !c.fits);
      if (firstMiss >= 0) {
        expect(eligible.slice(firstMiss).every((c) => !c.fits)).toBe(true);
        // The first one that does not fit really does not fit in what is left.
        expect(r.allocated + eligible[firstMiss]!.requested).toBeGreaterThan(budget);
      }
      expect(r.ranked.every((c) => !c.fits || c.meetsMinimum)).toBe(true);
    }));
  });

  it('honours everyone that meets the minimum when the budget covers all requests', () => {
    fc.assert(fc.property(candidates, (list) => {
      const total = list.reduce((s, c) => s + c.requested, 0);
      const r = rankCandidates(list, total);
      expect(r.ranked.filter((c) => c.fits).length).toBe(list.filter((c) => c.score !== null).length);
    }));
  });
});

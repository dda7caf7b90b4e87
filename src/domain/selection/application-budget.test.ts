import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvedBudget, budgetTotals, type ApplicationCell, type BudgetSource } from './application-budget.ts';

const SOURCES: BudgetSource[] = ['ngf_subsidie', 'bedrijfsleven', 'onderwijs', 'overheid', 'overig'];
const cells = fc.array(fc.record({
  actionLineId: fc.integer({ min: 1, max: 5 }), year: fc.integer({ min: 2023, max: 2027 }),
  source: fc.constantFrom(...SOURCES), amount: fc.integer({ min: 0, max: 3_000_000 }),
}), { maxLength: 25 }) as fc.Arbitrary<ApplicationCell[]>;

describe('application budget', () => {
  it('sums the subsidy asked, the total costs and cofinancing per source', () => {
    const t = budgetTotals([
      { actionLineId: 1, year: 2024, source: 'ngf_subsidie', amount: 400 },
      { actionLineId: 1, year: 2024, source: 'bedrijfsleven', amount: 300 },
      { actionLineId: 2, year: 2025, source: 'onderwijs', amount: 300 },
    ]);
    expect(t).toEqual({ requested: 400, totalCosts: 1000, cofinancing: { bedrijfsleven: 300, onderwijs: 300, overheid: 0, overig: 0 } });
  });

  it('scales the subsidy to any award up to the request, exactly, and keeps the cofinancing', () => {
    fc.assert(fc.property(cells, fc.double({ min: 0, max: 1, noNaN: true }), (list, fraction) => {
      const before = budgetTotals(list);
      const awarded = Math.floor(before.requested * fraction);
      const after = budgetTotals(approvedBudget(list, awarded));
      expect(after.requested).toBe(awarded);
      expect(after.cofinancing).toEqual(before.cofinancing);
    }));
  });
});

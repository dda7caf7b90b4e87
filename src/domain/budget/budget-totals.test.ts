import { describe, expect, it } from 'vitest';
import { budgetTotals } from './budget-totals.ts';

describe('budgetTotals', () => {
  it('adds up per action line, source and year, and overall', () => {
    const t = budgetTotals([
      { actionLineId: 1, year: 2024, source: 'ngf_subsidie', amount: 100 },
      { actionLineId: 1, year: 2025, source: 'ngf_subsidie', amount: 50 },
      { actionLineId: 2, year: 2024, source: 'bedrijfsleven', amount: 30 },
    ]);
    expect(t.total).toBe(180);
    expect(t.lines[1]).toEqual({ bySource: { ngf_subsidie: 150 }, byYear: { 2024: 100, 2025: 50 }, total: 150 });
    expect(t.bySource).toEqual({ ngf_subsidie: 150, bedrijfsleven: 30 });
    expect(t.byYear).toEqual({ 2024: 130, 2025: 50 });
    expect(t.bySourceYear.ngf_subsidie).toEqual({ 2024: 100, 2025: 50 });
  });
  it('is zero for an empty budget', () => {
    expect(budgetTotals([]).total).toBe(0);
  });
});

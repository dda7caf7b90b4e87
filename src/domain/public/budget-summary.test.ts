import { describe, expect, it } from 'vitest';
import { summariseBudget } from './budget-summary.ts';

describe('summariseBudget', () => {
  const lines = [{ id: 1, code: 'AL1', name: 'Ketens' }, { id: 2, code: 'AL2', name: 'Talent' }];
  const sources = ['ngf_subsidie', 'bedrijfsleven'] as const;

  it('adds planned amounts per action line, per year and source, and in total; realised beside them', () => {
    const s = summariseBudget(lines, sources, [
      { actionLineId: 1, year: 2024, source: 'ngf_subsidie', amount: 100 },
      { actionLineId: 1, year: 2025, source: 'bedrijfsleven', amount: 40 },
      { actionLineId: 2, year: 2024, source: 'bedrijfsleven', amount: 10 },
    ], [{ actionLineId: 2, year: 2024, source: 'bedrijfsleven', amount: 7 }]);
    expect(s.actionLines).toEqual([{ id: 1, code: 'AL1', name: 'Ketens', planned: 140, realised: 0 }, { id: 2, code: 'AL2', name: 'Talent', planned: 10, realised: 7 }]);
    expect(s.years).toEqual([
      { year: 2024, planned: { ngf_subsidie: 100, bedrijfsleven: 10 }, plannedTotal: 110, realisedTotal: 7 },
      { year: 2025, planned: { ngf_subsidie: 0, bedrijfsleven: 40 }, plannedTotal: 40, realisedTotal: 0 },
    ]);
    expect([s.planned, s.realised]).toEqual([150, 7]);
  });
});

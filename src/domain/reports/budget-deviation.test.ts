import { describe, expect, it } from 'vitest';
import { budgetDeviations } from './budget-deviation.ts';

describe('budgetDeviations', () => {
  it('flags cells more than the threshold off the plan, under or over', () => {
    const cells = [
      { actionLineId: 1, source: 'ngf_subsidie', planned: 1000, realised: 700 },
      { actionLineId: 1, source: 'onderwijs', planned: 1000, realised: 1250 },
      { actionLineId: 2, source: 'ngf_subsidie', planned: 1000, realised: 1300 },
      { actionLineId: 2, source: 'overig', planned: 1000, realised: null },
      { actionLineId: 3, source: 'overig', planned: 0, realised: 5 },
    ];
    const found = budgetDeviations(cells, 0.25);
    expect(found.map((d) => [d.actionLineId, d.source, d.share])).toEqual([[1, 'ngf_subsidie', -0.3], [2, 'ngf_subsidie', 0.3], [3, 'overig', Infinity]]);
    expect(budgetDeviations(cells, 0.35)).toHaveLength(1);
  });
});

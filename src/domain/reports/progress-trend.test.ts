import { describe, expect, it } from 'vitest';
import { computeProgress } from './progress-trend.ts';

const target = { baselineValue: 100, baselineYear: 2023, targetValue: 300, targetYear: 2027 };

describe('computeProgress', () => {
  it('projects the line from baseline through the latest value to the target year', () => {
    const p = computeProgress(target, [{ year: 2024, value: 140 }, { year: 2025, value: 200 }], 0.9);
    expect(p.latest).toEqual({ year: 2025, value: 200 });
    expect(p.projection).toBe(300);
    expect(p.realisedShare).toBe(0.5);
    expect(p.status).toBe('op_koers');
    expect(p.trend.map((x) => x.value)).toEqual([100, 150, 200, 250, 300]);
  });

  it('flags a consortium whose projection stays below the share of the target', () => {
    const p = computeProgress(target, [{ year: 2025, value: 160 }], 0.9);
    expect(p.projection).toBe(220);
    expect(p.status).toBe('achter');
  });

  it('uses the threshold it is given: the same data is on track with a lower rule value', () => {
    expect(computeProgress(target, [{ year: 2025, value: 160 }], 0.7).status).toBe('op_koers');
  });

  it('has no trend without a value after the baseline year, and no flag without a rule', () => {
    expect(computeProgress(target, [], 0.9)).toMatchObject({ latest: null, projection: null, status: 'onbekend', realisedShare: null });
    expect(computeProgress(target, [{ year: 2023, value: 110 }], 0.9)).toMatchObject({ projection: null, status: 'onbekend' });
    expect(computeProgress(target, [{ year: 2025, value: 300 }], null).status).toBe('onbekend');
  });

  it('handles a target equal to the baseline', () => {
    const flat = { ...target, targetValue: 100 };
    expect(computeProgress(flat, [{ year: 2024, value: 100 }], 0.9)).toMatchObject({ realisedShare: 1, status: 'op_koers' });
  });
});

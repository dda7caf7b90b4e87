import { describe, expect, it } from 'vitest';
import { choosePrefillSource, prefillIndicatorValues } from './prefill.ts';

describe('prefill from the previous period', () => {
  it('chooses the latest earlier report, never a later one', () => {
    const reports = [{ id: 1, periodYear: 2023 }, { id: 2, periodYear: 2024 }, { id: 4, periodYear: 2026 }];
    expect(choosePrefillSource(reports, 2025)?.id).toBe(2);
    expect(choosePrefillSource(reports, 2023)).toBeNull();
  });

  it('copies values only for breakdowns the indicator still defines', () => {
    const indicators = [{ id: 1, kind: 'aantal' as const, disaggregations: [{ code: 'omvang', categories: ['mkb', 'groot'] }] }, { id: 2, kind: 'kwalitatief' as const, disaggregations: [] }];
    const previous = [
      { indicatorId: 1, breakdown: '', value: 10 }, { indicatorId: 1, breakdown: 'omvang:mkb', value: 8 },
      { indicatorId: 1, breakdown: 'niveau:mbo', value: 3 }, { indicatorId: 2, breakdown: '', value: 1 }, { indicatorId: 9, breakdown: '', value: 4 },
    ];
    expect(prefillIndicatorValues(indicators, previous)).toEqual([{ indicatorId: 1, breakdown: '', value: 10 }, { indicatorId: 1, breakdown: 'omvang:mkb', value: 8 }]);
  });
});

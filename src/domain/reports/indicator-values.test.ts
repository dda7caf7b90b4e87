import { describe, expect, it } from 'vitest';
import { breakdownKeys, validateIndicatorValues, type IndicatorDefinition } from './indicator-values.ts';

const students: IndicatorDefinition = { id: 1, kind: 'aantal', disaggregations: [{ code: 'niveau', categories: ['mbo', 'hbo'] }] };
const share: IndicatorDefinition = { id: 2, kind: 'percentage', disaggregations: [{ code: 'niveau', categories: ['mbo', 'hbo'] }] };

describe('validateIndicatorValues', () => {
  it('accepts a total whose breakdown adds up', () => {
    expect(validateIndicatorValues(students, { '': 100, 'niveau:mbo': 70, 'niveau:hbo': 30 }, 'submit')).toEqual([]);
  });

  it('names the breakdown that does not add up to the total', () => {
    const problems = validateIndicatorValues(students, { '': 100, 'niveau:mbo': 70, 'niveau:hbo': 20 }, 'save');
    expect(problems).toEqual([{ indicatorId: 1, breakdown: 'niveau:mbo', reason: 'breakdownSum', values: { sum: 90, total: 100 } }]);
  });

  it('requires counts to be whole and non-negative', () => {
    expect(validateIndicatorValues(students, { '': 10.5 }, 'save')[0]?.reason).toBe('valueWhole');
    expect(validateIndicatorValues(students, { '': -1 }, 'save')[0]?.reason).toBe('valueNonNegative');
  });

  it('requires a breakdown to be complete once started', () => {
    const problems = validateIndicatorValues(students, { '': 100, 'niveau:mbo': 100, 'niveau:hbo': null }, 'save');
    expect(problems.map((p) => p.breakdown)).toEqual(['niveau:hbo']);
  });

  it('allows an empty total in a concept but not on submit', () => {
    expect(validateIndicatorValues(students, { '': null }, 'save')).toEqual([]);
    expect(validateIndicatorValues(students, { '': null }, 'submit').map((p) => p.breakdown)).toEqual(['']);
  });

  it('refuses breakdowns the indicator does not define', () => {
    expect(validateIndicatorValues(students, { '': 5, 'omvang:mkb': 5 }, 'save').map((p) => p.breakdown)).toEqual(['omvang:mkb']);
  });

  it('does not sum percentages, but keeps them within 0–100', () => {
    expect(validateIndicatorValues(share, { '': 40, 'niveau:mbo': 50, 'niveau:hbo': 20 }, 'submit')).toEqual([]);
    expect(validateIndicatorValues(share, { '': 140 }, 'save')[0]?.reason).toBe('valuePercentage');
  });

  it('skips the sum check when the indicator says its breakdown need not add up', () => {
    const overlapping: IndicatorDefinition = { id: 3, kind: 'aantal', disaggregations: [{ code: 'doel', categories: ['a', 'b'], sumsToTotal: false }] };
    expect(validateIndicatorValues(overlapping, { '': 10, 'doel:a': 8, 'doel:b': 8 }, 'submit')).toEqual([]);
  });

  it('lists the total first, then every category', () => {
    expect(breakdownKeys(students)).toEqual(['', 'niveau:mbo', 'niveau:hbo']);
  });
});

import { describe, expect, it } from 'vitest';
import { budgetField, parseBudgetField, parseTargetField, targetField } from './grid-fields.ts';

describe('grid field names', () => {
  it('round-trips budget and target cells', () => {
    expect(parseBudgetField(budgetField(2, 2025, 'ngf_subsidie'))).toEqual({ actionLineId: 2, year: 2025, source: 'ngf_subsidie' });
    expect(parseTargetField(targetField(7, 'targetValue'))).toEqual({ indicatorId: 7, part: 'targetValue' });
    expect(parseTargetField('doel.7.other')).toBeNull();
    expect(parseBudgetField('versie.2.2025.ngf_subsidie')).toBeNull();
  });
});

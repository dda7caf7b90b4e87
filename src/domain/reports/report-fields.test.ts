import { describe, expect, it } from 'vitest';
import { narrativeField, parseReportField, realisationField, valueField } from './report-fields.ts';

describe('report field names', () => {
  it('round-trips every kind of field', () => {
    expect(parseReportField(valueField(3, ''))).toEqual({ kind: 'value', indicatorId: 3, breakdown: '' });
    expect(parseReportField(valueField(3, 'niveau:mbo'))).toEqual({ kind: 'value', indicatorId: 3, breakdown: 'niveau:mbo' });
    expect(parseReportField(realisationField(2, 'ngf_subsidie'))).toEqual({ kind: 'realisation', actionLineId: 2, source: 'ngf_subsidie' });
    expect(parseReportField(narrativeField(5))).toEqual({ kind: 'narrative', actionLineId: 5 });
    expect(parseReportField('_csrf')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { classifyOrganisationQuery, normaliseBrin, normaliseKvk } from './organisation-identifiers.ts';

describe('organisation identifiers', () => {
  it('normalises KvK numbers and BRIN codes, refusing other shapes', () => {
    expect(normaliseKvk('1234 5678')).toBe('12345678');
    expect(normaliseKvk('1234567')).toBeNull();
    expect(normaliseBrin(' 25pm ')).toBe('25PM');
    expect(normaliseBrin('ABCD')).toBeNull();
  });

  it('tells a KvK number, a BRIN code and a name apart', () => {
    expect(classifyOrganisationQuery('12345678')).toEqual({ kind: 'kvk', kvkNumber: '12345678' });
    expect(classifyOrganisationQuery('30ab')).toEqual({ kind: 'brin', brinCode: '30AB' });
    expect(classifyOrganisationQuery('  ROC   van Twente ')).toEqual({ kind: 'name', text: 'ROC van Twente' });
  });
});

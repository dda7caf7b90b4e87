import { describe, expect, it } from 'vitest';
import { countPartnerTypes, partnerTypeOf } from './partner-types.ts';

const org = (kind: string, extra: Record<string, string> = {}) =>
  ({ kind, educationLevel: null, companySize: null, governmentLevel: null, ...extra }) as Parameters<typeof partnerTypeOf>[0];

describe('partner types', () => {
  it('splits schools by level, companies by size and governments by level', () => {
    expect(partnerTypeOf(org('onderwijsinstelling', { educationLevel: 'hbo' }))).toBe('school_hbo');
    expect(partnerTypeOf(org('bedrijf', { companySize: 'mkb' }))).toBe('bedrijf_mkb');
    expect(partnerTypeOf(org('overheid', { governmentLevel: 'provincie' }))).toBe('overheid_provincie');
    expect(partnerTypeOf(org('kennisinstelling'))).toBe('kennisinstelling');
    expect(partnerTypeOf(org('overig'))).toBe('overig');
  });

  it('adds up groups per type and lists every type, zeros included', () => {
    const counts = countPartnerTypes([
      { ...org('bedrijf', { companySize: 'mkb' }), count: 5 },
      { ...org('bedrijf', { companySize: 'mkb' }), count: 2 },
      { ...org('onderwijsinstelling', { educationLevel: 'mbo' }), count: 3 },
    ]);
    expect(counts).toHaveLength(12);
    expect(counts.find((c) => c.type === 'bedrijf_mkb')?.count).toBe(7);
    expect(counts.find((c) => c.type === 'school_mbo')?.count).toBe(3);
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(10);
    expect(counts[0]?.type).toBe('school_vmbo');
  });
});

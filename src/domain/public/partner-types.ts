import type { COMPANY_SIZES, EDUCATION_LEVELS, GOVERNMENT_LEVELS, ORGANISATION_KINDS } from '../enums.ts';

// Kinds of partner a consortium page counts: schools by level, companies by size, governments by level, the rest by kind.
export const PARTNER_TYPES = [
  'school_vmbo', 'school_mbo', 'school_hbo', 'school_wo', 'bedrijf_mkb', 'bedrijf_groot',
  'overheid_gemeente', 'overheid_provincie', 'overheid_rijk', 'kennisinstelling', 'branche', 'overig',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export type OrganisationClass = {
  kind: (typeof ORGANISATION_KINDS)[number];
  educationLevel: (typeof EDUCATION_LEVELS)[number] | null;
  companySize: (typeof COMPANY_SIZES)[number] | null;
  governmentLevel: (typeof GOVERNMENT_LEVELS)[number] | null;
};

export function partnerTypeOf(o: OrganisationClass): PartnerType {
  if (o.kind === 'onderwijsinstelling' && o.educationLevel) return `school_${o.educationLevel}`;
  if (o.kind === 'bedrijf' && o.companySize) return `bedrijf_${o.companySize}`;
  if (o.kind === 'overheid' && o.governmentLevel) return `overheid_${o.governmentLevel}`;
  if (o.kind === 'kennisinstelling' || o.kind === 'branche') return o.kind;
  return 'overig';
}

/** Counts per partner type, every type listed (zero included) in the fixed order. */
export function countPartnerTypes(groups: (OrganisationClass & { count: number })[]): { type: PartnerType; count: number }[] {
  const counts = new Map<PartnerType, number>(PARTNER_TYPES.map((t) => [t, 0]));
  for (const g of groups) counts.set(partnerTypeOf(g), (counts.get(partnerTypeOf(g)) ?? 0) + g.count);
  return PARTNER_TYPES.map((type) => ({ type, count: counts.get(type) ?? 0 }));
}

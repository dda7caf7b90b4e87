// Stakeholder composition: each unique organisation falls in exactly one category.
export type OrganisationFacts = { kind: string; educationLevel: string | null; companySize: string | null; governmentLevel: string | null };

export const COMPOSITION_CATEGORIES = [
  'onderwijs-vmbo', 'onderwijs-mbo', 'onderwijs-hbo', 'onderwijs-wo',
  'bedrijf-mkb', 'bedrijf-groot',
  'overheid-gemeente', 'overheid-provincie', 'overheid-rijk',
  'kennisinstelling', 'branche', 'overig',
] as const;
export type CompositionCategory = (typeof COMPOSITION_CATEGORIES)[number];

export function categoryOf(o: OrganisationFacts): CompositionCategory {
  if (o.kind === 'onderwijsinstelling') return `onderwijs-${o.educationLevel}` as CompositionCategory;
  if (o.kind === 'bedrijf') return `bedrijf-${o.companySize}` as CompositionCategory;
  if (o.kind === 'overheid') return `overheid-${o.governmentLevel}` as CompositionCategory;
  if (o.kind === 'kennisinstelling' || o.kind === 'branche') return o.kind;
  return 'overig';
}

/**
 * Counts per category, in the fixed category order (zeros included, so tables stay comparable). An entry with
 * `count` stands for that many organisations with the same facts (precomputed groups); without it, for one.
 */
export function countComposition(organisations: (OrganisationFacts & { count?: number })[]): { category: CompositionCategory; count: number }[] {
  const counts = new Map<CompositionCategory, number>(COMPOSITION_CATEGORIES.map((c) => [c, 0]));
  for (const o of organisations) {
    const c = categoryOf(o);
    counts.set(c, (counts.get(c) ?? 0) + (o.count ?? 1));
  }
  return COMPOSITION_CATEGORIES.map((category) => ({ category, count: counts.get(category) ?? 0 }));
}

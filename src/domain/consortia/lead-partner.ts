// The lead partner (penvoerder) rule, in one place for the portal form, the import and any later API write:
// a pps always keeps its penvoerder, so that membership is neither ended nor given another role.
export type MembershipState = { role: string; until: string | null };

/** The refusal when `next` would take the penvoerder away from a pps, or null when it may. */
export function leadPartnerRefusal(name: string, current: MembershipState, next: MembershipState): string | null {
  if (current.role !== 'penvoerder' || current.until !== null) return null;
  if (next.role === 'penvoerder' && next.until === null) return null;
  return `${name} is penvoerder van deze pps en kan niet worden verwijderd.`;
}

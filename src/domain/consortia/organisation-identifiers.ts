// Dutch organisation identifiers: KvK number (8 digits) and BRIN/RIO code (2 digits + 2 letters or digits).
export type OrganisationQuery = { kind: 'kvk'; kvkNumber: string } | { kind: 'brin'; brinCode: string } | { kind: 'name'; text: string };

/** "12345678" or "1234 5678" */
export function normaliseKvk(input: string): string | null {
  const digits = input.replace(/[\s.]/g, '');
  return /^[0-9]{8}$/.test(digits) ? digits : null;
}

export function normaliseBrin(input: string): string | null {
  const code = input.trim().toUpperCase();
  return /^[0-9]{2}[A-Z0-9]{2}$/.test(code) ? code : null;
}

/** What someone searching for a partner typed: a KvK number, a BRIN code, or (part of) a name. */
export function classifyOrganisationQuery(input: string): OrganisationQuery {
  const kvkNumber = normaliseKvk(input);
  if (kvkNumber) return { kind: 'kvk', kvkNumber };
  const brinCode = normaliseBrin(input);
  if (brinCode) return { kind: 'brin', brinCode };
  return { kind: 'name', text: input.trim().replace(/\s+/g, ' ') };
}

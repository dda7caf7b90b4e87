import { MEMBERSHIP_ROLES } from '../enums.ts';
import type { ErrorCode, ErrorValues } from '../../i18n/errors.ts';
import { parseDutchDate, type ReadProblem, type TableRow } from './read-table.ts';

// The partners import: which organisation takes part in which pps, in what role, from and until which date.
export const PARTNER_COLUMNS: Record<string, string[]> = {
  pps: ['pps-code', 'ppsCode', 'code pps'],
  organisatie: ['naam', 'organisatienaam', 'partner', 'organisation'],
  kvk: ['kvk-nummer', 'kvknummer', 'kvk nummer', 'kvkNumber'],
  brin: ['brin-code', 'brincode', 'brinCode'],
  rol: ['role', 'functie'],
  sinds: ['vanaf', 'startdatum', 'begindatum', 'since'],
  tot: ['tot en met', 'einddatum', 'until'],
};
export const PARTNER_REQUIRED = ['pps', 'organisatie', 'sinds'];

export type PartnerRow = {
  line: number; pps: string; organisation: { name: string; kvk: string | null; brin: string | null };
  role: (typeof MEMBERSHIP_ROLES)[number]; since: string; until: string | null;
};

/** A Dutch date cell; `optional` allows it to stay empty. */
function dateCell(text: string | undefined, optional: boolean): { ok: true; value: string | null } | { ok: false } {
  if (!text) return optional ? { ok: true, value: null } : { ok: false };
  const value = parseDutchDate(text);
  return value ? { ok: true, value } : { ok: false };
}

/** Validates every row and finds the same partnership twice in the file. */
export function checkPartnerRows(rows: Iterable<TableRow>, problems: ReadProblem[] = []): { valid: PartnerRow[]; problems: ReadProblem[] } {
  const valid: PartnerRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const before = problems.length;
    const problem = (column: string, code: ErrorCode, values?: ErrorValues) => problems.push({ line, column, code, ...(values && { values }) });
    if (!cells.pps) problem('pps', 'import.ppsRequired');
    if (!cells.organisatie) problem('organisatie', 'organisationNameRequired');
    const kvk = (cells.kvk ?? '').replace(/\s/g, '') || null;
    if (kvk && !/^\d{8}$/.test(kvk)) problem('kvk', 'kvkInvalid');
    const brin = (cells.brin ?? '').toUpperCase() || null;
    if (brin && !/^\d{2}[A-Z0-9]{2}$/.test(brin)) problem('brin', 'import.brinInvalid');
    const role = (cells.rol || 'partner').toLowerCase();
    if (!(MEMBERSHIP_ROLES as readonly string[]).includes(role)) problem('rol', 'import.roleChoose');
    const since = dateCell(cells.sinds, false);
    if (!since.ok) problem('sinds', 'import.sinceInvalid', { value: cells.sinds ?? '' });
    const until = dateCell(cells.tot, true);
    if (!until.ok) problem('tot', 'import.untilInvalid', { value: cells.tot ?? '' });
    else if (since.ok && until.value && until.value < since.value!) problem('tot', 'import.untilBeforeSince');
    if (problems.length > before || !since.ok || !until.ok) continue;
    const id = `${cells.pps}|${kvk ?? brin ?? cells.organisatie!.toLowerCase()}|${since.value}`;
    const first = seen.get(id);
    if (first) { problem('organisatie', 'import.partnershipDuplicate', { first }); continue; }
    seen.set(id, line);
    valid.push({ line, pps: cells.pps!, organisation: { name: cells.organisatie!, kvk, brin }, role: role as PartnerRow['role'], since: since.value!, until: until.value });
  }
  return { valid, problems };
}

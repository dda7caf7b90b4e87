import { decodeWindows1252 } from './decode-windows-1252.ts';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from './import-limits.ts';
import { parseCsv } from './parse-csv.ts';

// A spreadsheet as programme offices really have it: UTF-8 with or without BOM or Windows-1252,
// ";" or "," separated, trailing spaces, empty rows. Problems come back in Dutch with line and column.
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type TableRow = { line: number; cells: Record<string, string> };
export type ReadProblem = {
  line: number; column: string; message: string;
  /** A programme rule's refusal (code and numbers), worded in the page's language; `message` keeps the Dutch for downloads. */
  rule?: { subject: string; message: string; values: Record<string, string | number> };
};
export type ReadTable = { ok: true; rows: TableRow[] } | { ok: false; problems: ReadProblem[] };

/** The refusal for a file over the size limit, or null. */
export function tooLarge(bytes: Uint8Array): ReadTable | null {
  if (bytes.byteLength <= MAX_IMPORT_BYTES) return null;
  return { ok: false, problems: [{ line: 0, column: '', message: `Het bestand is te groot (${Math.ceil(bytes.byteLength / 1024 / 1024)} MB); de grens is 10 MB. Splits het bestand op.` }] };
}

/** A header or code-list name reduced for matching: no accents, case, spaces or punctuation. */
export const normalise = (header: string) => header.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

function decode(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  // NUL bytes mean UTF-16 or a binary file: neither is a CSV we can read safely.
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Reads a CSV file into rows keyed by our column names; `aliases` maps each column to the headers we accept. */
export function readCsvTable(bytes: Uint8Array, aliases: Record<string, string[]>, required: string[]): ReadTable {
  const large = tooLarge(bytes);
  if (large) return large;
  const text = decode(bytes);
  if (text === null) return { ok: false, problems: [{ line: 0, column: '', message: 'Het bestand is geen tekst in UTF-8 of Windows-1252. Sla het op als CSV (puntkomma of komma gescheiden).' }] };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parsed = parseCsv(text.replace(/^\uFEFF/, ''), delimiter);
  if (!parsed.ok) return { ok: false, problems: [{ line: parsed.line, column: '', message: `Het bestand is geen geldige CSV: op regel ${parsed.line} opent een aanhalingsteken (") dat niet wordt gesloten.` }] };
  return tableFrom(parsed.records, aliases, required);
}

export type RawRecord = { line: number; cells: string[]; formulas?: boolean[] };

/** Rows keyed by our column names, from the raw records of a CSV or a worksheet (first record = headers). */
export function tableFrom(records: RawRecord[], aliases: Record<string, string[]>, required: string[]): ReadTable {
  const [header, ...body] = records;
  const limit = records.length > IMPORT_LIMITS.rows + 1 ? 'rows' : records.some((r) => r.cells.length > IMPORT_LIMITS.columns && r.cells.slice(IMPORT_LIMITS.columns).some((c) => c.trim() !== '')) ? 'columns' : null;
  if (limit) return { ok: false, problems: [{ line: 0, column: '', message: LIMIT_MESSAGES[limit] }] };
  if (!header) return { ok: false, problems: [{ line: 1, column: '', message: 'Het bestand is leeg: de eerste regel moet de kolomnamen bevatten.' }] };
  const byAlias = new Map(Object.entries(aliases).flatMap(([key, names]) => [key, ...names].map((n) => [normalise(n), key] as const)));
  const columns = header.cells.map((h) => byAlias.get(normalise(h)) ?? null);
  const problems: ReadProblem[] = [];
  header.cells.forEach((h, i) => {
    if (columns[i] === null && h !== '') problems.push({ line: header.line, column: h, message: `Onbekende kolom "${h}". Gebruik de kolommen van het sjabloon: ${Object.keys(aliases).filter((k) => !k.startsWith('_')).join(', ')}.` });
  });
  for (const key of required) if (!columns.includes(key)) problems.push({ line: header.line, column: key, message: `De kolom "${key}" ontbreekt.` });
  const rows: TableRow[] = [];
  for (const { line, cells: record, formulas } of body) {
    if (record.every((cell) => cell.trim() === '')) continue;
    const cells: Record<string, string> = {};
    record.forEach((raw, i) => {
      const key = columns[i];
      const cell = raw.trim();
      if (!key) return;
      if (formulas?.[i] || /^[=+@]/.test(cell) || /^-[^\d]/.test(cell)) problems.push({ line, column: key, message: `Formules zijn niet toegestaan ("${cell.slice(0, 30)}"); vul een waarde in.` });
      cells[key] = cell;
    });
    rows.push({ line, cells });
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}

/** "31-12-2024" (or 31/12/2024, or ISO) as an ISO date; null when unreadable. */
export function parseDutchDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : nl ? [nl[3], nl[2], nl[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}

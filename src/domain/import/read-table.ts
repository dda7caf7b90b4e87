import { decodeWindows1252 } from './decode-windows-1252.ts';
import type { ErrorCode, ErrorValues } from '../../i18n/errors.ts';
import { IMPORT_LIMITS, LimitExceeded, limitProblem, type ImportLimit } from './import-limits.ts';
import { countCsvRecords } from './csv-record-counter.ts';
import { csvRecords, UnclosedQuote } from './parse-csv.ts';

// A spreadsheet as programme offices really have it: UTF-8 with or without BOM or Windows-1252,
// ";" or "," separated, trailing spaces, empty rows. Problems come back as codes with line and column.
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type TableRow = { line: number; cells: Record<string, string> };
/** A refused row or file: a catalogue code (i18n/import-refusals.ts) and its values, worded by the reader's edge. */
export type ReadProblem = { line: number; column: string; code: ErrorCode; values?: ErrorValues };
export type ReadTable = { ok: true; rows: TableRow[] } | { ok: false; problems: ReadProblem[] };

/** The refusal for a file over the size limit, or null. */
export function tooLarge(bytes: Uint8Array): ReadTable | null {
  return bytes.byteLength <= MAX_IMPORT_BYTES ? null : { ok: false, problems: [sizeProblem(bytes.byteLength)] };
}

/** The refusal of a file of `size` bytes, over the size limit. */
export const sizeProblem = (size: number): ReadProblem => ({ line: 0, column: '', code: 'import.fileTooLarge', values: { mb: Math.ceil(size / 1024 / 1024) } });

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

/** A table whose rows are built one at a time while they are checked, so a check that stops early stops reading too. */
export type OpenTable = { ok: true; rows: Iterable<TableRow> } | { ok: false; problems: ReadProblem[] };

/**
 * Opens a CSV file as rows keyed by our column names; `aliases` maps each column to the headers we accept.
 * Records are counted first without building them, so a file over the row limit is refused at once.
 */
export function openCsvTable(bytes: Uint8Array, aliases: Record<string, string[]>, required: string[], problems: ReadProblem[]): OpenTable {
  const large = tooLarge(bytes);
  if (large) return large;
  const decoded = decode(bytes);
  if (decoded === null) return { ok: false, problems: [{ line: 0, column: '', code: 'import.notText' }] };
  if (countCsvRecords(bytes) > IMPORT_LIMITS.rows + 1) return limitRefusal('rows');
  const text = decoded.replace(/^\uFEFF/, '');
  const newline = text.indexOf('\n');
  const firstLine = newline < 0 ? text : text.slice(0, newline);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  return openTable(csvRecords(text, delimiter), aliases, required, problems);
}

/** Reads a CSV file whole: its rows, or every problem (the eager form of `openCsvTable`, for tests and tools). */
export function readCsvTable(bytes: Uint8Array, aliases: Record<string, string[]>, required: string[]): ReadTable {
  return readWhole((problems) => openCsvTable(bytes, aliases, required, problems));
}

/** Reads an opened table to its end: unreadable when a cell held a formula or a limit was passed. */
export function readWhole(open: (problems: ReadProblem[]) => OpenTable): ReadTable {
  const problems: ReadProblem[] = [];
  try {
    const table = open(problems);
    if (!table.ok) return table;
    const rows = [...table.rows];
    return problems.length ? { ok: false, problems } : { ok: true, rows };
  } catch (error) {
    return refusalOf(error);
  }
}

/** A limit passed or a quote left open while rows were read, as the file's one refusal; anything else is rethrown. */
export function refusalOf(error: unknown): { ok: false; problems: ReadProblem[] } {
  if (error instanceof LimitExceeded) return limitRefusal(error.limit);
  if (error instanceof UnclosedQuote) return { ok: false, problems: [{ line: error.line, column: '', code: 'import.unclosedQuote', values: { line: error.line } }] };
  throw error;
}

const limitRefusal = (limit: ImportLimit) => ({ ok: false as const, problems: [limitProblem(limit)] });

export type RawRecord = { line: number; cells: string[]; formulas?: boolean[] };

/** Rows keyed by our column names, from the raw records of a CSV or a worksheet (first record = headers). */
export function openTable(records: Iterable<RawRecord>, aliases: Record<string, string[]>, required: string[], problems: ReadProblem[]): OpenTable {
  const iterator = records[Symbol.iterator]();
  const first = iterator.next();
  if (first.done) return { ok: false, problems: [{ line: 1, column: '', code: 'import.empty' }] };
  const header = first.value;
  if (isTooWide(header.cells)) return limitRefusal('columns');
  const byAlias = new Map(Object.entries(aliases).flatMap(([key, names]) => [key, ...names].map((n) => [normalise(n), key] as const)));
  const columns = header.cells.map((h) => byAlias.get(normalise(h)) ?? null);
  const headerProblems: ReadProblem[] = [];
  header.cells.forEach((h, i) => {
    if (columns[i] === null && h !== '') headerProblems.push({ line: header.line, column: h, code: 'import.unknownColumn', values: { value: h, columns: Object.keys(aliases).filter((k) => !k.startsWith('_')).join(', ') } });
  });
  for (const key of required) if (!columns.includes(key)) headerProblems.push({ line: header.line, column: key, code: 'import.missingColumn', values: { value: key } });
  return headerProblems.length ? { ok: false, problems: headerProblems } : { ok: true, rows: rowsOf(iterator, columns, problems) };
}

/** The body's rows as they are read, counted against the limits; a row with a formula goes to `problems` instead. */
function* rowsOf(records: Iterator<RawRecord>, columns: (string | null)[], problems: ReadProblem[]): Generator<TableRow> {
  let count = 0;
  // A plain loop without closures or patterns per cell: this runs once per cell of up to 200.000 rows.
  for (let next = records.next(); !next.done; next = records.next()) {
    const { line, cells: record, formulas } = next.value;
    if (++count > IMPORT_LIMITS.rows) throw new LimitExceeded('rows');
    if (isTooWide(record)) throw new LimitExceeded('columns');
    if (isBlank(record)) continue;
    const cells: Record<string, string> = {};
    let formula = false;
    for (let i = 0; i < record.length; i++) {
      const key = columns[i];
      if (!key) continue;
      const cell = record[i]!.trim();
      if (formulas?.[i] || looksLikeFormula(cell)) {
        problems.push({ line, column: key, code: 'import.formula', values: { value: cell.slice(0, 30) } });
        formula = true;
      }
      cells[key] = cell;
    }
    if (!formula) yield { line, cells };
  }
}

const isTooWide = (cells: string[]) => cells.length > IMPORT_LIMITS.columns && cells.slice(IMPORT_LIMITS.columns).some((c) => c.trim() !== '');
const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/** "=", "+", "@" or a "-" not followed by a digit starts a formula in a spreadsheet (and in CSV injection). */
function looksLikeFormula(cell: string): boolean {
  const first = cell.charCodeAt(0);
  if (first === 61 || first === 43 || first === 64) return true;
  if (first !== 45 || cell.length < 2) return false;
  const second = cell.charCodeAt(1);
  return second < 48 || second > 57;
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

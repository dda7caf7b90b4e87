// A CSV reader in one pass (RFC 4180 quotes, a quote inside an unquoted field is text, fields
// trimmed, empty lines skipped). It replaced csv-parse, which built an Error per short row.
export type CsvRecord = { line: number; cells: string[] };
export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number };

type Quoted = { cells: string[]; at: number; line: number } | { unclosed: number };

/** Thrown by `csvRecords` at a quote that is never closed, with the line it opened on. */
export class UnclosedQuote extends Error {
  constructor(readonly line: number) {
    super(`unclosed quote on line ${line}`);
  }
}

/** Records with the line each ends on, one at a time, so a reader can stop early; an unclosed quote throws. */
export function* csvRecords(text: string, delimiter: string): Generator<CsvRecord> {
  let line = 1;
  let at = 0;
  const end = text.length;
  while (at <= end) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = end;
    const raw = text.charCodeAt(next - 1) === 13 && next > at ? text.slice(at, next - 1) : text.slice(at, next);
    // Most lines have no quote and no lone carriage return: split natively, which is many times faster.
    if (!raw.includes('"') && !raw.includes('\r')) {
      const cells = raw.split(delimiter);
      for (let i = 0; i < cells.length; i++) cells[i] = cells[i]!.trim();
      if (!(cells.length === 1 && cells[0] === '')) yield { line, cells };
      at = next + 1;
      line++;
    } else {
      const quoted = quotedRecord(text, at, line, delimiter);
      if ('unclosed' in quoted) throw new UnclosedQuote(quoted.unclosed);
      if (!(quoted.cells.length === 1 && quoted.cells[0] === '')) yield { line: quoted.line, cells: quoted.cells };
      at = quoted.at;
      line = quoted.line + 1;
    }
  }
}

/** All records; an unclosed quote is refused with the line it opened on. */
export function parseCsv(text: string, delimiter: string): CsvResult {
  try {
    return { ok: true, records: [...csvRecords(text, delimiter)] };
  } catch (error) {
    if (error instanceof UnclosedQuote) return { ok: false, line: error.line };
    throw error;
  }
}

/** One record read character by character, for lines with quotes (which may span lines) or a lone "\r". */
function quotedRecord(text: string, from: number, startLine: number, delimiter: string): Quoted {
  const cells: string[] = [];
  const end = text.length;
  let line = startLine;
  let at = from;
  for (;;) {
    let cell: string;
    // Leading spaces before a quote are allowed, as csv-parse's trim allowed them.
    let start = at;
    while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
    if (text[start] === '"') {
      const parts: string[] = [];
      let after = start + 1;
      for (;;) {
        const quote = text.indexOf('"', after);
        if (quote < 0) return { unclosed: line };
        parts.push(text.slice(after, quote));
        if (text[quote + 1] === '"') { parts.push('"'); after = quote + 2; continue; }
        at = quote + 1;
        break;
      }
      cell = parts.join('');
      for (const ch of cell) if (ch === '\n') line++;
      // Text after the closing quote belongs to the cell (relaxed), up to the delimiter or line end.
      const next = fieldEnd(text, at, delimiter);
      cell += text.slice(at, next).trim();
      at = next;
    } else {
      const next = fieldEnd(text, at, delimiter);
      cell = text.slice(at, next).trim();
      at = next;
    }
    cells.push(cell);
    if (text[at] === delimiter) { at++; continue; }
    if (text[at] === '\r' && text[at + 1] === '\n') at++;
    return { cells, at: at + 1, line };
  }
}

function fieldEnd(text: string, from: number, delimiter: string): number {
  let next = from;
  while (next < text.length && text[next] !== delimiter && text[next] !== '\n' && text[next] !== '\r') next++;
  return next;
}

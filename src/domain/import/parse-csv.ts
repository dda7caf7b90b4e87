// A CSV reader in one pass (RFC 4180 quotes, a quote inside an unquoted field is text, fields
// trimmed, empty lines skipped). It replaced csv-parse, which built an Error per short row.
export type CsvRecord = { line: number; cells: string[] };
export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number };

/** Records with the line each ends on; an unclosed quote is refused with the line it opened on. */
export function parseCsv(text: string, delimiter: string): CsvResult {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let line = 1;
  let at = 0;
  const end = text.length;
  while (at <= end) {
    let cell: string;
    // Leading spaces before a quote are allowed, as csv-parse's trim allowed them.
    let start = at;
    while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
    if (text[start] === '"') {
      const opened = line;
      const parts: string[] = [];
      let from = start + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return { ok: false, line: opened };
        parts.push(text.slice(from, quote));
        if (text[quote + 1] === '"') { parts.push('"'); from = quote + 2; continue; }
        at = quote + 1;
        break;
      }
      cell = parts.join('');
      for (const ch of cell) if (ch === '\n') line++;
      // Text after the closing quote belongs to the cell (relaxed), up to the delimiter or line end.
      let next = at;
      while (next < end && text[next] !== delimiter && text[next] !== '\n' && text[next] !== '\r') next++;
      cell += text.slice(at, next).trim();
      at = next;
    } else {
      let next = at;
      while (next < end && text[next] !== delimiter && text[next] !== '\n' && text[next] !== '\r') next++;
      cell = text.slice(at, next).trim();
      at = next;
    }
    cells.push(cell);
    if (text[at] === delimiter) { at++; continue; }
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line, cells });
    cells = [];
    if (text[at] === '\r' && text[at + 1] === '\n') at++;
    at++;
    line++;
  }
  return { ok: true, records };
}

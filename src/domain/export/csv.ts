// One CSV writer for every download: UTF-8 with BOM, ";" and a decimal comma so Dutch Excel opens it, CRLF, quoted.
export type CsvColumn<T> = { header: string; value: (row: T) => string | number | null };

/** Cells that a spreadsheet would run as a formula get a leading apostrophe (CSV injection). */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[";\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Downloads show numbers as the tables do: at most two decimals (exact values are in the JSON). */
export function roundForDisplay(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A number as Dutch Excel reads it: decimal comma, no thousands separator. */
export function dutchNumber(value: number): string {
  return String(roundForDisplay(value)).replace('.', ',');
}

function cellText(value: string | number | null): string {
  if (value === null) return '';
  // Negative numbers are data, not formulas.
  if (typeof value === 'number') return dutchNumber(value);
  return quote(neutralise(value));
}

export function toCsv<T>(rows: T[], columns: CsvColumn<T>[]): string {
  const lines = [columns.map((c) => quote(neutralise(c.header))).join(';')];
  for (const row of rows) lines.push(columns.map((c) => cellText(c.value(row))).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

import { strToU8, zipSync } from 'fflate';
import { toCsv } from './csv.ts';
import { columnsOf, flatten } from './flatten.ts';

/** One CSV per table (the shared CSV writer: BOM, ";", formulas neutralised) plus a README, as one ZIP. */
export function csvArchive(tables: Record<string, unknown[]>, readme: string): Uint8Array {
  const files: Record<string, Uint8Array> = { 'README.md': strToU8(readme) };
  for (const [name, items] of Object.entries(tables)) {
    const rows = items.map((item) => flatten(item));
    files[`${name}.csv`] = strToU8(toCsv(rows, columnsOf(rows).map((key) => ({ header: key, value: (row) => row[key] ?? null }))));
  }
  // A fixed date keeps the archive bytes (and so its ETag) equal for equal data.
  return zipSync(files, { mtime: new Date('2023-07-06T00:00:00Z') });
}

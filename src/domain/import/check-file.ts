import { checkRowsOf, type CheckedRows, type RowLookups } from './check-rows.ts';
import type { ImportType } from './import-types.ts';
import { readCsvTable, type ReadProblem } from './read-table.ts';
import { isXlsx, readXlsxTable } from './read-xlsx.ts';

// One import file from bytes to checked rows, without I/O: what the reader thread does per upload.
export type FileJob = { bytes: Uint8Array; kind: ImportType; columns: Record<string, string[]>; required: string[]; lookups: RowLookups };

/** Unreadable (`ok: false`, the file's problems) or read, with its valid rows and the problems of the others. */
export type CheckedFile<R = unknown> = ({ ok: true } & CheckedRows<R>) | { ok: false; problems: ReadProblem[] };

export function checkFile({ bytes, kind, columns, required, lookups }: FileJob): CheckedFile {
  const table = isXlsx(bytes) ? readXlsxTable(bytes, columns, required) : readCsvTable(bytes, columns, required);
  return table.ok ? { ok: true, ...checkRowsOf(kind, table.rows, lookups) } : table;
}

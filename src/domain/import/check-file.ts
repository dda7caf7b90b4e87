import { checkRowsOf, type CheckedRows, type RowLookups } from './check-rows.ts';
import type { ImportType } from './import-types.ts';
import { openCsvTable, refusalOf, type ReadProblem } from './read-table.ts';
import { isXlsx, openXlsxTable } from './read-xlsx.ts';

// One import file from bytes to checked rows, without I/O: what the reader thread does per upload.
export type FileJob = { bytes: Uint8Array; kind: ImportType; columns: Record<string, string[]>; required: string[]; lookups: RowLookups };

/** Unreadable (`ok: false`, the file's problems) or read, with its valid rows and the problems of the others. */
export type CheckedFile<R = unknown> = ({ ok: true } & CheckedRows<R>) | { ok: false; problems: ReadProblem[] };

/** Rows are read as they are checked: a file with more refused rows than the limit is not read to its end. */
export function checkFile({ bytes, kind, columns, required, lookups }: FileJob): CheckedFile {
  const problems: ReadProblem[] = [];
  try {
    const table = isXlsx(bytes) ? openXlsxTable(bytes, columns, required, problems) : openCsvTable(bytes, columns, required, problems);
    return table.ok ? { ok: true, ...checkRowsOf(kind, table.rows, lookups, problems) } : table;
  } catch (error) {
    return refusalOf(error);
  }
}

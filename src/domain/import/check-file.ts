import { checkRowsOf, type CheckedRows, type RowLookups } from './check-rows.ts';
import type { ImportType } from './import-types.ts';
import { openCsvTable, refusalOf, type OpenTable, type ReadProblem } from './read-table.ts';
import { isXlsx, openXlsxTable } from './read-xlsx.ts';

// One import file from bytes to checked rows, without I/O: what the reader thread does per upload.
export type FileJob = { bytes: Uint8Array; kind: ImportType; columns: Record<string, string[]>; required: string[]; lookups: RowLookups };

/** Unreadable (`ok: false`, the file's problems) or read, with its valid rows and the problems of the others. */
export type CheckedFile<R = unknown> = ({ ok: true } & CheckedRows<R>) | { ok: false; problems: ReadProblem[] };

/** Rows are read as they are checked: a file with more refused rows than the limit is not read to its end. */
export function checkFile({ bytes, ...job }: FileJob): CheckedFile {
  const problems: ReadProblem[] = [];
  const open = () => (isXlsx(bytes) ? openXlsxTable : openCsvTable)(bytes, job.columns, job.required, problems);
  return checkTable(job, open, problems);
}

/** The rows of an opened table checked by the import type's rules; a limit passed on the way is the file's refusal. */
export function checkTable({ kind, lookups }: Pick<FileJob, 'kind' | 'lookups'>, open: () => OpenTable, problems: ReadProblem[]): CheckedFile {
  try {
    const table = open();
    return table.ok ? { ok: true, ...checkRowsOf(kind, table.rows, lookups, problems) } : table;
  } catch (error) {
    return refusalOf(error);
  }
}

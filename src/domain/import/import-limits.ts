// Fixed limits on the work one import file may cause, checked while reading, before anything large is built.
export const IMPORT_LIMITS = {
  /** Bytes an XLSX may unpack to, all parts together (a zip bomb stops here). */
  unpackedBytes: 64 * 1024 * 1024,
  /** Data rows of one file (the benchmark reads 100.000 indicator values). */
  rows: 200_000,
  /** Columns with a value: our widest template has 10, exports add a few. */
  columns: 64,
  /** Cells, empty ones included, so a sheet of styled blanks is bounded too. */
  cells: 2_000_000,
  /** Refused rows checked before the check stops: the file is refused anyway, and nobody mends more at once. */
  refusals: 1_000,
} as const;

export type ImportLimit = keyof typeof IMPORT_LIMITS;

/** The file's one refusal for a passed limit: its code and the limit (in MB for unpacked bytes). */
export function limitProblem(limit: ImportLimit): { line: number; column: string; code: `import.limit.${ImportLimit}`; values: { limit: number } } {
  const value = limit === 'unpackedBytes' ? IMPORT_LIMITS.unpackedBytes / 1024 / 1024 : IMPORT_LIMITS[limit];
  return { line: 0, column: '', code: `import.limit.${limit}`, values: { limit: value } };
}

/** Thrown inside the readers when a limit is passed; turned into a one-line refusal at the reader's edge. */
export class LimitExceeded extends Error {
  constructor(readonly limit: ImportLimit) {
    super(`import limit passed: ${limit}`);
  }
}

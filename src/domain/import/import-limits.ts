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

/** The refusal for a file over one of the limits, in Dutch, with the limit and what to do. */
export const LIMIT_MESSAGES = {
  unpackedBytes: `Het Excel-bestand is uitgepakt groter dan ${IMPORT_LIMITS.unpackedBytes / 1024 / 1024} MB. Sla het op als CSV of splits het op.`,
  rows: `Het bestand heeft meer dan ${IMPORT_LIMITS.rows.toLocaleString('nl-NL')} regels. Splits het bestand op.`,
  columns: `Het bestand heeft waarden voorbij kolom ${IMPORT_LIMITS.columns}. Gebruik alleen de kolommen van het sjabloon.`,
  cells: `Het bestand heeft meer dan ${IMPORT_LIMITS.cells.toLocaleString('nl-NL')} cellen. Splits het bestand op.`,
  refusals: `Na ${IMPORT_LIMITS.refusals.toLocaleString('nl-NL')} geweigerde regels is de controle gestopt; de regels daarna zijn niet gecontroleerd. Verbeter deze regels en lees het bestand opnieuw in.`,
} as const;

export type ImportLimit = keyof typeof IMPORT_LIMITS;

/** Thrown inside the readers when a limit is passed; turned into a one-line refusal at the reader's edge. */
export class LimitExceeded extends Error {
  constructor(readonly limit: ImportLimit) {
    super(LIMIT_MESSAGES[limit]);
  }
}

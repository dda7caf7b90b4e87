import { checkBudgetLineRows, type KnownActionLine } from './budget-line-rows.ts';
import type { ImportType } from './import-types.ts';
import { checkIndicatorValueRows, type KnownIndicator } from './indicator-value-rows.ts';
import { checkOrganisationRows } from './organisation-rows.ts';
import { checkPartnerRows } from './partner-rows.ts';
import { checkPpsRows } from './pps-rows.ts';
import { IMPORT_LIMITS, limitProblem } from './import-limits.ts';
import type { ReadProblem, TableRow } from './read-table.ts';

// The pure row rules of every import type behind one name, so the reader thread can run them: their
// cost grows with the file, and on the main thread 130.000 refused rows once stalled every visitor.

/** Reference data some row rules need, read from the database by the service and sent along (structured clone). */
export type RowLookups = {
  municipalities?: Map<string, string>;
  actionLines?: (KnownActionLine & { programmeId: number })[];
  indicators?: Map<string, KnownIndicator>;
};

export type CheckedRows<R = unknown> = { valid: R[]; problems: ReadProblem[] };

/**
 * The rows of one import type checked on their own (no database): valid rows and their problems. The check
 * stops once `refusals` problems are found (130.000 refused rows took seconds), saying so in a first line.
 */
export function checkRowsOf(kind: ImportType, rows: Iterable<TableRow>, lookups: RowLookups, problems: ReadProblem[] = [], refusals: number = IMPORT_LIMITS.refusals): CheckedRows {
  let stopped = false;
  function* untilRefused(): Generator<TableRow> {
    for (const row of rows) {
      if (problems.length >= refusals) { stopped = true; return; }
      yield row;
    }
  }
  const checked = checkRowsWith(kind, untilRefused(), lookups, problems);
  if (stopped) problems.unshift(limitProblem('refusals'));
  return checked;
}

function checkRowsWith(kind: ImportType, rows: Iterable<TableRow>, lookups: RowLookups, problems: ReadProblem[]): CheckedRows {
  switch (kind) {
    case 'organisaties': return checkOrganisationRows(rows, problems);
    case 'partners': return checkPartnerRows(rows, problems);
    case 'pps': return checkPpsRows(rows, lookups.municipalities ?? new Map(), problems);
    case 'begrotingen': return checkBudgetLineRows(rows, lookups.actionLines ?? [], problems);
    case 'indicatorwaarden': return checkIndicatorValueRows(rows, lookups.indicators ?? new Map(), problems);
  }
}

import { checkBudgetLineRows, type KnownActionLine } from './budget-line-rows.ts';
import type { ImportType } from './import-types.ts';
import { checkIndicatorValueRows, type KnownIndicator } from './indicator-value-rows.ts';
import { checkOrganisationRows } from './organisation-rows.ts';
import { checkPartnerRows } from './partner-rows.ts';
import { checkPpsRows } from './pps-rows.ts';
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

/** The rows of one import type checked on their own (no database): valid rows and every problem. */
export function checkRowsOf(kind: ImportType, rows: TableRow[], lookups: RowLookups): CheckedRows {
  switch (kind) {
    case 'organisaties': return checkOrganisationRows(rows);
    case 'partners': return checkPartnerRows(rows);
    case 'pps': return checkPpsRows(rows, lookups.municipalities ?? new Map());
    case 'begrotingen': return checkBudgetLineRows(rows, lookups.actionLines ?? []);
    case 'indicatorwaarden': return checkIndicatorValueRows(rows, lookups.indicators ?? new Map());
  }
}

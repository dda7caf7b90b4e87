import { Conflict } from '../errors.ts';

// Every editable row has a version column: an update names the version it read, and a changed version refuses it.
export const STALE_MESSAGE =
  'stale';

export function staleConflict(): Conflict {
  return new Conflict(STALE_MESSAGE);
}

/** Throws the conflict when an `update … where version = ?` touched no row; the transaction then rolls back. */
export function requireUpdated<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw staleConflict();
  return row;
}

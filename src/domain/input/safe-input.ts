import { z } from 'zod';

// Shared edge rules: what a request may carry is what the database can hold, refused in Dutch.

/** The largest value of a PostgreSQL integer (int4) column: every id and version. */
export const MAX_INT4 = 2_147_483_647;
/** A numeric(14,2) column (targets, indicator values) holds less than this. */
export const MAX_NUMERIC_14_2 = 1e12;
/** Whole euros in a bigint column read as a JS number: exact up to here. */
export const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;

/** An id from a path, query or form: a whole number from 1 to the int4 maximum. */
export const idNumber = (message = 'Moet een id zijn: een geheel getal van 1 tot en met 2.147.483.647.') =>
  z.coerce.number({ message }).int(message).min(1, message).max(MAX_INT4, message);

// C0/C1 controls except tab and line breaks, and the bidi overrides and isolates (U+202A–202E, U+2066–2069).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK = /[\r\n]/;

/** Does this text hold a character that has no place in a name or note (NUL, bidi override)? */
export function hasControlCharacters(text: string, { lines = false } = {}): boolean {
  return CONTROL.test(text) || (!lines && LINE_BREAK.test(text));
}

/** Text of at most `max` characters without control or bidi characters; line breaks only when `lines`. */
export const safeText = (max: number, { lines = false } = {}) =>
  z.string()
    .max(max, `Mag hoogstens ${max.toLocaleString('nl-NL')} tekens lang zijn.`)
    .refine((v) => !hasControlCharacters(v, { lines }), lines
      ? 'Bevat een teken dat hier niet hoort (een stuurteken of een teken dat de leesrichting omdraait).'
      : 'Bevat een teken dat hier niet hoort (een regeleinde, stuurteken of een teken dat de leesrichting omdraait).');

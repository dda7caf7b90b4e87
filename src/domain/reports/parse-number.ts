// Numbers as people type them in Dutch forms: "1.250.000", "1 250 000", "12,5"; English "1,250,000" is not guessed.
export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

const GROUPED = /^\d{1,3}([. ]\d{3})+(,\d+)?$/;
const PLAIN = /^\d+(,\d+)?$/;
const DOTTED_DECIMAL = /^\d+\.\d{1,2}$/;

/** Empty input is null (not filled in); anything unreadable is not ok. */
export function parseDutchNumber(text: string | undefined | null): ParsedNumber {
  const s = (text ?? '').trim().replace(/^€\s*/, '');
  if (s === '') return { ok: true, value: null };
  if (GROUPED.test(s) || PLAIN.test(s)) return { ok: true, value: Number(s.replace(/[. ]/g, '').replace(',', '.')) };
  // "12.5" with one or two decimals is read as a decimal; three digits after a dot is a thousands group (above).
  if (DOTTED_DECIMAL.test(s)) return { ok: true, value: Number(s) };
  return { ok: false };
}

/** Whole euros or counts: a parsed number that must be a non-negative integer. */
export function isWholeNonNegative(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

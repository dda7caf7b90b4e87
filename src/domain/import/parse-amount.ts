import type { ErrorCode } from '../../i18n/errors.ts';
import { MAX_AMOUNT } from '../input/safe-input.ts';
import { parseDutchNumber } from '../reports/parse-number.ts';

// Budget amounts as they appear in programme spreadsheets: "€ 4,3 mln", "1.234.567", "€ 450 k", "2 miljard".
export type ParsedAmount = { ok: true; value: number } | { ok: false; code: ErrorCode; values?: Record<string, string | number> };

const SCALES: Record<string, number> = { k: 1e3, duizend: 1e3, mln: 1e6, miljoen: 1e6, m: 1e6, mld: 1e9, miljard: 1e9 };
// The scale word is found from the end without a leading \s*, so the match stays linear on long input.
const SCALE_WORD = /(?:^|[\d\s])(k|duizend|mln\.?|miljoen|m|mld\.?|miljard)$/i;

/** "€ 4,3 mln" as its number part "4,3" and scale word "mln"; null when no scale word ends it. */
function splitScale(s: string): [string, string] | null {
  const word = SCALE_WORD.exec(s);
  if (!word) return null;
  const number = s.slice(0, s.length - word[1]!.length).trimEnd().replace(/^€/, '').trimStart();
  return /^[\d.,\s]+$/.test(number) ? [number, word[1]!] : null;
}

/** Whole euros from a Dutch amount; cents and negative amounts are refused with the reason. */
export function parseEuroAmount(text: string | undefined): ParsedAmount {
  const s = (text ?? '').trim().replace(/^EUR\s*/i, '€ ');
  if (s === '') return { ok: false, code: 'import.amountRequired' };
  if (/^-|^€\s*-/.test(s)) return { ok: false, code: 'import.amountNegative' };
  const scaled = splitScale(s);
  const number = parseDutchNumber(scaled ? scaled[0] : s);
  if (!number.ok || number.value === null) return { ok: false, code: 'import.amountUnreadable', values: { value: s } };
  const factor = scaled ? SCALES[scaled[1].toLowerCase().replace('.', '')]! : 1;
  // Rounded to the cent first, so "4,3 mln" is exactly 4.300.000 and not 4299999.9999.
  const value = Math.round(number.value * factor * 100) / 100;
  if (!Number.isInteger(value)) return { ok: false, code: 'import.amountCents', values: { value: s } };
  if (value > MAX_AMOUNT) return { ok: false, code: 'import.amountTooLarge', values: { value: s, max: MAX_AMOUNT } };
  return { ok: true, value };
}

// Reading speed for Dutch informative text; the seed pages show "1 min" and "4 min".
export const WORDS_PER_MINUTE = 200;

/** Whole minutes to read a text, at least one. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

import { readFileSync } from 'node:fs';

/**
 * A file of tests/fixtures/import with the names it uses replaced by a test's own (slugs of the consortia and
 * pps'en the test made). Bytes pass unchanged otherwise, so a Windows-1252 file stays Windows-1252.
 */
export function importFixture(name: string, replace: Record<string, string> = {}): Uint8Array {
  let text = readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)).toString('latin1');
  for (const [from, to] of Object.entries(replace)) text = text.replaceAll(from, to);
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** Text as the UTF-8 bytes of an uploaded file. */
export const csv = (text: string) => new TextEncoder().encode(text);

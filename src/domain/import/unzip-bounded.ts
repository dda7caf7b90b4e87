import { Unzip, UnzipInflate } from 'fflate';
import { IMPORT_LIMITS, LimitExceeded } from './import-limits.ts';

// Small steps, so a highly compressed part cannot unpack far past the budget in one go.
const STEP = 512;
// Spreadsheet XML packs 5 to 50 times; past 8 MB, more than 200 times is a bomb, refused early.
const BOMB_RATIO = 200;
const RATIO_FROM = 8 * 1024 * 1024;

/**
 * The parts of a zip whose names pass `wanted`, unpacked as a stream with one byte budget for all
 * of them together: a zip bomb is refused after `budget` bytes, whatever its headers claim.
 */
export function unzipBounded(bytes: Uint8Array, wanted: (name: string) => boolean, budget: number = IMPORT_LIMITS.unpackedBytes): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array[]>();
  let used = 0;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (!wanted(file.name)) return;
    // A part that says it is larger than the budget is refused before unpacking (the stream checks the rest).
    if ((file.originalSize ?? 0) > budget) { failure = new LimitExceeded('unpackedBytes'); return; }
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    file.ondata = (error, data) => {
      if (failure) return;
      if (error) { failure = error; return; }
      used += data.byteLength;
      if (used > budget || (used > RATIO_FROM && used > BOMB_RATIO * read)) { failure = new LimitExceeded('unpackedBytes'); file.terminate(); return; }
      chunks.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  let read = 0;
  for (let at = 0; at < bytes.byteLength && !failure; at += STEP) {
    read = at + STEP;
    unzip.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.byteLength);
  }
  if (failure) throw failure;
  return new Map([...parts].map(([name, chunks]) => [name, concat(chunks)]));
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.byteLength; }
  return out;
}

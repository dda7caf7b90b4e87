import { Unzip, UnzipInflate } from 'fflate';
import { IMPORT_LIMITS, LimitExceeded } from './import-limits.ts';

// Small steps, so a highly compressed part cannot unpack far past the budget in one go.
const STEP = 512;

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
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    file.ondata = (error, data) => {
      if (failure) return;
      if (error) { failure = error; return; }
      used += data.byteLength;
      if (used > budget) { failure = new LimitExceeded('unpackedBytes'); file.terminate(); return; }
      chunks.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.byteLength && !failure; at += STEP) {
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

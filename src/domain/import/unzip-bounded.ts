import { Unzip, UnzipInflate } from 'fflate';
import { IMPORT_LIMITS, LimitExceeded } from './import-limits.ts';

// Small steps, so a highly compressed part cannot unpack far past the budget in one go.
const STEP = 512;
// Spreadsheet XML packs 5 to 50 times; past 8 MB, more than 200 times is a bomb, refused early.
const BOMB_RATIO = 200;
const RATIO_FROM = 8 * 1024 * 1024;

/**
 * The parts of a zip whose names pass `wanted`, unpacked as its bytes arrive with one byte budget for all
 * of them together: a zip bomb is refused after `budget` bytes, whatever its headers claim, and as soon as
 * the part of the upload that unpacks past it has arrived.
 */
export class BoundedUnzip {
  private readonly parts = new Map<string, Uint8Array[]>();
  private readonly unzip: Unzip;
  private used = 0;
  private read = 0;
  private failure: Error | null = null;

  constructor(wanted: (name: string) => boolean, budget: number = IMPORT_LIMITS.unpackedBytes) {
    this.unzip = new Unzip((file) => {
      if (!wanted(file.name)) return;
      // A part that says it is larger than the budget is refused before unpacking (the stream checks the rest).
      if ((file.originalSize ?? 0) > budget) { this.failure = new LimitExceeded('unpackedBytes'); return; }
      const chunks: Uint8Array[] = [];
      this.parts.set(file.name, chunks);
      file.ondata = (error, data) => {
        if (this.failure) return;
        if (error) { this.failure = error; return; }
        this.used += data.byteLength;
        if (this.used > budget || (this.used > RATIO_FROM && this.used > BOMB_RATIO * this.read)) {
          this.failure = new LimitExceeded('unpackedBytes');
          file.terminate();
          return;
        }
        chunks.push(data);
      };
      file.start();
    });
    this.unzip.register(UnzipInflate);
  }

  /** Unpacks the next bytes of the zip; throws the limit passed or the zip's own error. */
  push(bytes: Uint8Array, final = false): void {
    for (let at = 0; (at < bytes.byteLength || (final && at === 0)) && !this.failure; at += STEP) {
      this.read += Math.min(STEP, bytes.byteLength - at);
      this.unzip.push(bytes.subarray(at, at + STEP), final && at + STEP >= bytes.byteLength);
    }
    if (this.failure) throw this.failure;
  }

  /** The wanted parts, whole, once the last bytes were pushed. */
  result(): Map<string, Uint8Array> {
    return new Map([...this.parts].map(([name, chunks]) => [name, concat(chunks)]));
  }
}

/** A whole zip unpacked under the budget (see `BoundedUnzip`). */
export function unzipBounded(bytes: Uint8Array, wanted: (name: string) => boolean, budget: number = IMPORT_LIMITS.unpackedBytes): Map<string, Uint8Array> {
  const unzip = new BoundedUnzip(wanted, budget);
  unzip.push(bytes, true);
  return unzip.result();
}

export function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.byteLength; }
  return out;
}

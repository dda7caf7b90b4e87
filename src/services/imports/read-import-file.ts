import { checkFile, type CheckedFile, type FileJob } from '../../domain/import/check-file.ts';
import type { StreamJob } from '../../domain/import/check-file-stream.ts';
import { isXlsx } from '../../domain/import/read-xlsx.ts';
import { concat } from '../../domain/import/unzip-bounded.ts';
import { readInThread, streamToThread } from './import-reader-thread.ts';

export { warmImportReader } from './import-reader-thread.ts';

// Every XLSX and any CSV of more than a few hundred lines is read and its rows checked in the reader thread;
// a small CSV is done inline, in milliseconds.
const INLINE_CSV_BYTES = 64 * 1024;
const INLINE_CSV_LINES = 500;

/** An import file whole, or as an upload still arriving (its chunks, in order). */
export type ImportFile = Uint8Array | AsyncIterable<Uint8Array>;

/** Whether a file is small enough to read and check on the main thread: a CSV of a few hundred lines. */
export function isSmallCsv(bytes: Uint8Array): boolean {
  if (bytes.byteLength > INLINE_CSV_BYTES || isXlsx(bytes)) return false;
  let lines = 0;
  for (const byte of bytes) if (byte === 0x0a && ++lines > INLINE_CSV_LINES) return false;
  return true;
}

/**
 * A CSV or XLSX file (told apart by its first bytes) read and its rows checked by the import's pure rules:
 * off the main thread unless it is a small CSV. The caller narrows the valid rows to its row type.
 */
export async function readImportFile<R>(job: FileJob | UploadJob): Promise<CheckedFile<R>> {
  if ('bytes' in job) return (await readWhole(job)) as CheckedFile<R>;
  const { chunks, ...shape } = job;
  return (await readStream(shape, chunks[Symbol.asyncIterator]())) as CheckedFile<R>;
}

/** The job of a file that is still arriving. */
export type UploadJob = StreamJob & { chunks: AsyncIterable<Uint8Array> };

/** The job of either form of file. */
export const jobOf = (shape: StreamJob, file: ImportFile): FileJob | UploadJob =>
  (file instanceof Uint8Array ? { ...shape, bytes: file } : { ...shape, chunks: file });

function readWhole(job: FileJob): Promise<CheckedFile> {
  return isSmallCsv(job.bytes) ? Promise.resolve(checkFile(job)) : readInThread(job);
}

/**
 * An upload read as it arrives: its first bytes are gathered (a small CSV is read inline), the rest goes to the
 * reader thread chunk by chunk, and a refusal there ends the reading at once; the rest of the upload is not read.
 */
async function readStream(job: StreamJob, chunks: AsyncIterator<Uint8Array>): Promise<CheckedFile> {
  const head: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const next = await chunks.next();
    if (next.done) return readWhole({ ...job, bytes: concat(head) });
    head.push(next.value);
    size += next.value.byteLength;
    if (size > INLINE_CSV_BYTES) break;
  }
  const thread = streamToThread(job);
  head.forEach(thread.send);
  const refused = thread.result.then(() => 'refused' as const);
  try {
    for (;;) {
      const pending = chunks.next();
      pending.catch(() => undefined); // read again only if the upload goes on; an abandoned read must not throw
      const next = await Promise.race([pending, refused]);
      if (next === 'refused') return thread.result;
      if (next.done) break;
      thread.send(next.value);
    }
  } catch (error) {
    thread.abort();
    throw error;
  }
  thread.end();
  return thread.result;
}

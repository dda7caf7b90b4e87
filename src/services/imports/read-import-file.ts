import { Worker } from 'node:worker_threads';
import { checkFile, type CheckedFile, type FileJob } from '../../domain/import/check-file.ts';
import { isXlsx } from '../../domain/import/read-xlsx.ts';
import type { ReadProblem } from '../../domain/import/read-table.ts';

// Every XLSX and any CSV of more than a few hundred lines is read and its rows checked in one long-lived
// worker thread (starting one costs about a second); a small CSV is done inline, in milliseconds.
const INLINE_CSV_BYTES = 64 * 1024;
const INLINE_CSV_LINES = 500;
const JOB_MS = 30_000;
const BOOT = new URL('../../workers/boot.mjs', import.meta.url);
const MODULE = new URL('../../workers/read-import-file.worker.ts', import.meta.url).href;

type Pending = { resolve: (result: CheckedFile) => void; timer: NodeJS.Timeout };
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

const refusal = (problem: Omit<ReadProblem, 'line' | 'column'>): CheckedFile => ({ ok: false, problems: [{ line: 0, column: '', ...problem }] });

/** Ends the worker and refuses what it was reading; the next file starts a fresh one. */
function stop(problem: Omit<ReadProblem, 'line' | 'column'>): void {
  void worker?.terminate();
  worker = null;
  for (const [id, job] of pending) { clearTimeout(job.timer); job.resolve(refusal(problem)); pending.delete(id); }
}

function start(): Worker {
  const started = new Worker(BOOT, { workerData: { module: MODULE }, resourceLimits: { maxOldGenerationSizeMb: 768 } });
  started.on('message', ({ id, result }: { id: number; result: CheckedFile }) => {
    const job = pending.get(id);
    if (!job) return;
    clearTimeout(job.timer);
    pending.delete(id);
    job.resolve(result);
    if (!pending.size) started.unref();
  });
  started.on('error', () => stop({ code: 'import.workerMemory' }));
  started.on('exit', () => { if (worker === started) worker = null; });
  return started;
}

/** Starts the reader thread ahead of the first upload (the import page calls it), so that upload does not wait for it. */
export function warmImportReader(): void {
  worker ??= start();
  if (!pending.size) worker.unref();
}

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
export function readImportFile<R>(job: FileJob): Promise<CheckedFile<R>> {
  if (isSmallCsv(job.bytes)) return Promise.resolve(checkFile(job) as CheckedFile<R>);
  worker ??= start();
  worker.ref();
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => stop({ code: 'import.workerTimeout', values: { seconds: JOB_MS / 1000 } }), JOB_MS);
    pending.set(id, { resolve: resolve as (result: CheckedFile) => void, timer });
    worker!.postMessage({ id, ...job });
  });
}

import { Worker } from 'node:worker_threads';
import { readCsvTable, type ReadTable } from '../../domain/import/read-table.ts';
import { isXlsx } from '../../domain/import/read-xlsx.ts';

// Every XLSX and any large CSV is read in one long-lived worker thread (starting one costs about a
// second); a small CSV is read inline, since reading it is linear and takes milliseconds.
const INLINE_CSV_BYTES = 256 * 1024;
const JOB_MS = 30_000;
const BOOT = new URL('../../workers/boot.mjs', import.meta.url);
const MODULE = new URL('../../workers/read-import-file.worker.ts', import.meta.url).href;

type Pending = { resolve: (table: ReadTable) => void; timer: NodeJS.Timeout };
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

const refusal = (message: string): ReadTable => ({ ok: false, problems: [{ line: 0, column: '', message }] });

/** Ends the worker and refuses what it was reading; the next file starts a fresh one. */
function stop(message: string): void {
  void worker?.terminate();
  worker = null;
  for (const [id, job] of pending) { clearTimeout(job.timer); job.resolve(refusal(message)); pending.delete(id); }
}

function start(): Worker {
  const started = new Worker(BOOT, { workerData: { module: MODULE }, resourceLimits: { maxOldGenerationSizeMb: 768 } });
  started.on('message', ({ id, table }: { id: number; table: ReadTable }) => {
    const job = pending.get(id);
    if (!job) return;
    clearTimeout(job.timer);
    pending.delete(id);
    job.resolve(table);
    if (!pending.size) started.unref();
  });
  started.on('error', () => stop('Het bestand kon niet worden gelezen: het vraagt te veel geheugen. Splits het bestand op of sla het op als CSV.'));
  started.on('exit', () => { if (worker === started) worker = null; });
  return started;
}

/** Starts the reader thread ahead of the first upload (the import page calls it), so that upload does not wait for it. */
export function warmImportReader(): void {
  worker ??= start();
  if (!pending.size) worker.unref();
}

/** A CSV or XLSX file (told apart by its first bytes) as rows keyed by the import's column names. */
export function readImportFile(bytes: Uint8Array, columns: Record<string, string[]>, required: string[]): Promise<ReadTable> {
  if (!isXlsx(bytes) && bytes.byteLength <= INLINE_CSV_BYTES) return Promise.resolve(readCsvTable(bytes, columns, required));
  worker ??= start();
  worker.ref();
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => stop(`Het bestand kon niet binnen ${JOB_MS / 1000} seconden worden gelezen. Splits het bestand op.`), JOB_MS);
    pending.set(id, { resolve, timer });
    worker!.postMessage({ id, bytes, columns, required });
  });
}

import { Worker } from 'node:worker_threads';
import type { CheckedFile, FileJob } from '../../domain/import/check-file.ts';
import type { StreamJob } from '../../domain/import/check-file-stream.ts';
import type { ReadProblem } from '../../domain/import/read-table.ts';

// The one long-lived reader thread (starting one costs about a second) and its jobs: a whole file, or an
// upload streamed to it chunk by chunk, which it may refuse before the last chunk has arrived.
const JOB_MS = 30_000;
const BOOT = new URL('../../workers/boot.mjs', import.meta.url);
const MODULE = new URL('../../workers/read-import-file.worker.ts', import.meta.url).href;

type Pending = { resolve: (result: CheckedFile) => void; timer?: NodeJS.Timeout };
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

// The clock runs while the thread reads, not while a slow client is still sending.
const timeLimit = () => setTimeout(() => stop({ code: 'import.workerTimeout', values: { seconds: JOB_MS / 1000 } }), JOB_MS);

/** A whole file read and checked in the reader thread. */
export function readInThread(job: FileJob): Promise<CheckedFile> {
  worker ??= start();
  worker.ref();
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve, timer: timeLimit() });
    worker!.postMessage({ id, job });
  });
}

/** An upload handed to the reader thread as it arrives: `send` each chunk, then `end`; `result` may settle first. */
export function streamToThread(job: StreamJob): { result: Promise<CheckedFile>; send: (chunk: Uint8Array) => void; end: () => void; abort: () => void } {
  worker ??= start();
  worker.ref();
  const id = nextId++;
  const thread = worker;
  const result = new Promise<CheckedFile>((resolve) => pending.set(id, { resolve }));
  thread.postMessage({ id, start: job });
  return {
    result,
    // A copy in a buffer of its own, moved (not copied again) to the thread: the caller keeps its bytes.
    send: (chunk) => {
      if (!pending.has(id)) return;
      const own = new Uint8Array(chunk); // a copy (a Buffer's slice would share, and moving it would empty the caller's)
      thread.postMessage({ id, chunk: own }, [own.buffer]);
    },
    end: () => {
      const job = pending.get(id);
      if (!job) return;
      job.timer = timeLimit();
      thread.postMessage({ id, end: true });
    },
    abort: () => {
      if (!pending.delete(id)) return;
      thread.postMessage({ id, abort: true });
      if (!pending.size) thread.unref();
    },
  };
}

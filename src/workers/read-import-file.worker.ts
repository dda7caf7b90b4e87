import { parentPort } from 'node:worker_threads';
import { checkFile, type FileJob } from '../domain/import/check-file.ts';

// Runs in a worker thread: reads an import file and checks its rows, one job at a time, so the server keeps
// answering. Everything here grows with the file; only the database checks of the valid rows stay behind.
parentPort!.on('message', ({ id, ...job }: FileJob & { id: number }) => {
  parentPort!.postMessage({ id, result: checkFile(job) });
});

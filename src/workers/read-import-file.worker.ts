import { parentPort } from 'node:worker_threads';
import { readCsvTable } from '../domain/import/read-table.ts';
import { isXlsx, readXlsxTable } from '../domain/import/read-xlsx.ts';

// Runs in a worker thread: reads import files to rows, one job at a time, so the server keeps answering.
type Job = { id: number; bytes: Uint8Array; columns: Record<string, string[]>; required: string[] };

parentPort!.on('message', ({ id, bytes, columns, required }: Job) => {
  parentPort!.postMessage({ id, table: isXlsx(bytes) ? readXlsxTable(bytes, columns, required) : readCsvTable(bytes, columns, required) });
});

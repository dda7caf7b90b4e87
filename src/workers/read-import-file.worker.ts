import { parentPort } from 'node:worker_threads';
import { checkFile, type CheckedFile, type FileJob } from '../domain/import/check-file.ts';
import { FileCheck, type StreamJob } from '../domain/import/check-file-stream.ts';

// Runs in a worker thread: reads an import file and checks its rows, so the server keeps answering.
// Everything here grows with the file; only the database checks of the valid rows stay behind.
// A file comes whole (`job`) or as an upload (`start`, `chunk`s, `end`), refused as soon as a limit is passed.
type Message = { id: number } & ({ job: FileJob } | { start: StreamJob } | { chunk: Uint8Array } | { end: true } | { abort: true });

const uploads = new Map<number, FileCheck>();
const answer = (id: number, result: CheckedFile) => parentPort!.postMessage({ id, result });

parentPort!.on('message', (message: Message) => {
  const { id } = message;
  if ('job' in message) return answer(id, checkFile(message.job));
  if ('start' in message) return void uploads.set(id, new FileCheck(message.start));
  const upload = uploads.get(id);
  // Chunks of an upload already refused (or aborted) are dropped.
  if (!upload) return;
  if ('abort' in message) return void uploads.delete(id);
  if ('chunk' in message) {
    const refusal = upload.push(message.chunk);
    if (refusal) { uploads.delete(id); answer(id, refusal); }
    return;
  }
  uploads.delete(id);
  answer(id, upload.end());
});

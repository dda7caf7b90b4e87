import { checkFile, checkTable, type CheckedFile, type FileJob } from './check-file.ts';
import { CsvRecordCounter } from './csv-record-counter.ts';
import { IMPORT_LIMITS, LimitExceeded, limitProblem } from './import-limits.ts';
import { MAX_IMPORT_BYTES, sizeProblem, type ReadProblem } from './read-table.ts';
import { isXlsxPart, openXlsxParts, refusal } from './read-xlsx.ts';
import { BoundedUnzip, concat } from './unzip-bounded.ts';

// One import file checked as its bytes arrive (an upload, chunk by chunk): refused as soon as a limit is
// passed, so a file over the row limit or a zip bomb is refused before it has all arrived; read at its end.
export type StreamJob = Omit<FileJob, 'bytes'>;
const refused = (problems: ReadProblem[]): CheckedFile => ({ ok: false, problems });

export class FileCheck {
  private size = 0;
  private readonly chunks: Uint8Array[] = [];
  private kind: 'unknown' | 'csv' | 'xlsx' = 'unknown';
  private readonly counter = new CsvRecordCounter();
  private unzip: BoundedUnzip | null = null;

  constructor(private readonly job: StreamJob) {}

  /** Takes the next bytes: a refusal when they pass a limit, else null (and the file is read at `end`). */
  push(chunk: Uint8Array): CheckedFile | null {
    this.size += chunk.byteLength;
    // Past the size limit the bytes are only counted, for the refusal's figure.
    if (this.size > MAX_IMPORT_BYTES) { this.chunks.length = 0; this.unzip = null; return null; }
    if (this.kind === 'unknown') return this.start(chunk);
    return this.kind === 'xlsx' ? this.unpack(chunk, false) : this.count(chunk);
  }

  /** The file read and its rows checked, from the bytes kept or the parts unpacked on the way. */
  end(): CheckedFile {
    if (this.size > MAX_IMPORT_BYTES) return refused([sizeProblem(this.size)]);
    if (this.kind !== 'xlsx') return checkFile({ ...this.job, bytes: concat(this.chunks) });
    const unzip = this.unzip!;
    const problems: ReadProblem[] = [];
    const unpacked = () => { unzip.push(new Uint8Array(0), true); return unzip.result(); };
    return checkTable(this.job, () => openXlsxParts(unpacked, this.job.columns, this.job.required, problems), problems);
  }

  private start(chunk: Uint8Array): CheckedFile | null {
    this.chunks.push(chunk);
    const head = concat(this.chunks);
    if (head.byteLength < 4) return null;
    const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
    this.chunks.length = 0;
    if (isZip) { this.kind = 'xlsx'; this.unzip = new BoundedUnzip(isXlsxPart); return this.unpack(head, false); }
    this.kind = 'csv';
    return this.count(head);
  }

  private unpack(chunk: Uint8Array, final: boolean): CheckedFile | null {
    try {
      this.unzip!.push(chunk, final);
      return null;
    } catch (error) {
      return refused(error instanceof LimitExceeded ? [limitProblem(error.limit)] : refusal(0, 'import.xlsxBroken').problems);
    }
  }

  private count(chunk: Uint8Array): CheckedFile | null {
    this.chunks.push(chunk);
    // NUL bytes mean UTF-16 or a binary file, as `openCsvTable` reads them (a UTF-8 BOM is let through to it).
    const first = this.chunks[0]!;
    const bom = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf;
    if (!bom && chunk.includes(0)) return refused([{ line: 0, column: '', code: 'import.notText' }]);
    if (this.counter.push(chunk) > IMPORT_LIMITS.rows + 1) return refused([limitProblem('rows')]);
    return null;
  }
}

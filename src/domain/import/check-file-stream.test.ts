import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hugeCsv, xlsxOf, zipBombXlsx } from '../../../tests/helpers/pathological-files.ts';
import { checkFile } from './check-file.ts';
import { FileCheck } from './check-file-stream.ts';
import { CsvRecordCounter } from './csv-record-counter.ts';
import { limitProblem } from './import-limits.ts';
import { ORGANISATION_COLUMNS } from './organisation-rows.ts';
import { csvRecords, UnclosedQuote } from './parse-csv.ts';

const job = { kind: 'organisaties' as const, columns: ORGANISATION_COLUMNS, required: ['naam', 'soort'], lookups: {} };
const chunked = (bytes: Uint8Array, size: number) => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

/** The bytes pushed in chunks: the refusal and after how many bytes it came, or the result at the end. */
function pushAll(bytes: Uint8Array, size: number) {
  const check = new FileCheck(job);
  let read = 0;
  for (const chunk of chunked(bytes, size)) {
    read += chunk.length;
    const refusal = check.push(chunk);
    if (refusal) return { result: refusal, read };
  }
  return { result: check.end(), read };
}

describe('checking an import file as it arrives', () => {
  it('counts the records of any text as the reader reads them, however the bytes are cut', () => {
    const text = fc.array(fc.constantFrom('a', ' ', ';', ',', '"', '""', '\n', '\r', '\r\n', '\t', 'é'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 7 }), (csv, size) => {
      const delimiter = (csv.split('\n')[0]!.match(/;/g)?.length ?? 0) >= (csv.split('\n')[0]!.match(/,/g)?.length ?? 0) ? ';' : ',';
      const counter = new CsvRecordCounter();
      for (const chunk of chunked(new TextEncoder().encode(csv), size)) counter.push(chunk);
      // A quote left open stops the reader with its line; the counter counts what was read before it.
      const read: unknown[] = [];
      try { for (const record of csvRecords(csv, delimiter)) read.push(record); } catch (error) { if (!(error instanceof UnclosedQuote)) throw error; }
      expect(counter.end()).toBe(read.length);
    }), { seed: 13, numRuns: 2000 });
  });

  it('refuses a CSV over the row limit before its end, and a zip bomb after its first kilobytes', () => {
    const csv = hugeCsv();
    const rows = pushAll(csv, 64 * 1024);
    expect(rows.result).toEqual({ ok: false, problems: [limitProblem('rows')] });
    expect(rows.read).toBeLessThan(csv.length * 0.7);
    const bomb = zipBombXlsx(3200, { lie: true });
    const unpacked = pushAll(bomb, 64 * 1024);
    expect(unpacked.result).toEqual({ ok: false, problems: [limitProblem('unpackedBytes')] });
    expect(unpacked.read).toBeLessThan(bomb.length / 10);
  });

  it('gives the whole-file result at the end for a CSV, an XLSX, a UTF-16 file and one over 10 MB', () => {
    const files = [
      new TextEncoder().encode('naam;soort\nA B.V.;bedrijf\nB;onbekend\n'),
      xlsxOf([['naam', 'soort'], ['A B.V.', 'bedrijf'], ['B', 'onbekend']]),
      new Uint8Array(Buffer.from('naam;soort\n', 'utf16le')),
      new Uint8Array(11 * 1024 * 1024).fill(0x41),
    ];
    for (const bytes of files) for (const size of [1, 3, 4096]) {
      if (bytes.length > 1024 * 1024 && size < 4096) continue;
      expect(pushAll(bytes, size).result).toEqual(checkFile({ ...job, bytes }));
    }
  });
});

import { MultipartScanner } from './src/routes/middleware/multipart-stream.ts';
import { FileCheck } from './src/domain/import/check-file-stream.ts';
import { hugeCsv } from './tests/helpers/pathological-files.ts';
const file = hugeCsv();
const b = 'x'.repeat(30);
const body = Buffer.concat([Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\ntok\r\n--${b}\r\nContent-Disposition: form-data; name="bestand"; filename="a.csv"\r\n\r\n`), file, Buffer.from(`\r\n--${b}--\r\n`)]);
for (let round = 0; round < 3; round++) {
  let t = performance.now();
  const s = new MultipartScanner(b); let n = 0;
  for (let i = 0; i < body.length; i += 65536) for (const e of s.push(body.subarray(i, i + 65536))) if (e.kind === 'data') n += e.bytes.length;
  s.end();
  console.log('scan', (performance.now() - t).toFixed(1), 'ms', n);
  t = performance.now();
  let copies = 0; for (let i = 0; i < file.length; i += 65536) copies += new Uint8Array(file.subarray(i, i + 65536)).length;
  console.log('copy', (performance.now() - t).toFixed(1), 'ms');
  t = performance.now();
  const check = new FileCheck({ kind: 'organisaties', columns: {}, required: [], lookups: {} });
  let at = 0; let r = null; for (; at < file.length && !r; at += 65536) r = check.push(file.subarray(at, at + 65536));
  console.log('filecheck', (performance.now() - t).toFixed(1), 'ms refused at', at, JSON.stringify(r));
}

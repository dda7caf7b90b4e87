// Benchmark: the files that once stalled the server, uploaded to a running instance while a second
// client keeps asking for a public page. Prints how long each refusal took and the other client's page
// latency meanwhile (p50 and max): the aim is a refusal within a second and pages under 100 ms.
// Each upload's form is encoded before the clock starts and sent with node:http, so the figures are the
// server's: encoding 10 MB of FormData in this (the server's) process once cost the page client seconds.
// Run: npx tsx bench/pathological-files.ts
import { serve } from '@hono/node-server';
import { request } from 'node:http';
import os from 'node:os';
import { monitorEventLoopDelay, performance as perf } from 'node:perf_hooks';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openPglite } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { createLogger } from '../src/logger.ts';
import { generateDemo } from '../src/seed/generate-demo.ts';
import { loadDemo } from '../src/seed/load-demo.ts';
import { loginAs } from '../tests/helpers/login.ts';
import { backtrackingAmountCsv, bareRowsCsv, hugeCsv, xfdColumnXlsx, xlsxOf, zipBombXlsx } from '../tests/helpers/pathological-files.ts';

const database = await openPglite('memory');
await migrateDatabase(database);
await loadDemo(database.db, generateDemo());
const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0' });
const app = createApp({ config, db: database.db, logger: createLogger(config) });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const client = { request: (path: string | URL | Request, init?: RequestInit) => fetch(base + String(path), { redirect: 'manual', ...init }) };
const office = await loginAs(client, 'programmabureau@voorbeeld.nl');

const files: [string, string, Uint8Array][] = [
  ['XLSX, 200 rows with a value in column XFD', 'organisaties', xfdColumnXlsx()],
  ['XLSX zip bomb (unpacks to 3.200 MB)', 'organisaties', zipBombXlsx()],
  ['CSV amount "1" + 80.000 spaces + "z"', 'begrotingen', backtrackingAmountCsv()],
  ['CSV of 130.000 bare "x" rows', 'organisaties', bareRowsCsv()],
  ['CSV of 9,5 MB (311.000 well-formed organisation rows: over the row limit)', 'organisaties', hugeCsv()],
];
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
await client.request('/'); // warm the page, so the first figure is not the first render
const uploadForm = (soort: string, bytes: Uint8Array) => {
  const form = new FormData();
  form.set('_csrf', office.csrfToken);
  form.set('soort', soort);
  form.set('bestand', new File([bytes as Uint8Array<ArrayBuffer>], 'bestand'));
  return form;
};
await office.request('/portaal/import'); // opening the import page starts the reader thread
// One small XLSX first: it waits for the reader thread to boot (seconds on a loaded machine), which is not a refusal's cost.
const warm = await office.request('/portaal/import/voorbeeld', { method: 'POST', body: uploadForm('organisaties', xlsxOf([['naam', 'soort'], ['Warm B.V.', 'overig']])) });
await warm.arrayBuffer();
/** The form as the bytes a browser sends, and its content type. */
async function encoded(form: FormData): Promise<{ body: Buffer; type: string }> {
  const encoded = new Response(form);
  return { body: Buffer.from(await encoded.arrayBuffer()), type: encoded.headers.get('content-type')! };
}
/** Sends an encoded upload; resolves at the whole answer, which may come before the upload has all been sent. */
function send({ body, type }: { body: Buffer; type: string }): Promise<{ status: number; size: number }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/portaal/import/voorbeeld`, {
      method: 'POST', agent: false,
      headers: { cookie: office.cookie, 'content-type': type, 'content-length': body.byteLength, origin: base },
    }, (res) => {
      let size = 0;
      res.on('data', (chunk: Buffer) => { size += chunk.byteLength; });
      res.on('end', () => resolve({ status: res.statusCode!, size }));
    });
    // The server may answer and close before the last bytes are sent: the answer is what counts.
    req.on('error', reject);
    req.end(body);
  });
}
for (const [label, soort, bytes] of files) {
  const upload = await encoded(uploadForm(soort, bytes));
  const latencies: number[] = [];
  let uploading = true;
  // The server's event loop, measured directly: how long any request could have waited for it.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const busy = perf.eventLoopUtilization();
  const t0 = performance.now();
  const sent = send(upload).then(({ status, size }) => {
    uploading = false;
    return { status, size, ms: performance.now() - t0 };
  });
  while (uploading) {
    const t = performance.now();
    await (await client.request('/toegankelijkheid')).arrayBuffer();
    latencies.push(performance.now() - t);
  }
  const { status, size, ms } = await sent;
  loop.disable();
  const { active } = perf.eventLoopUtilization(busy);
  const sorted = latencies.sort((a, b) => a - b);
  console.log(`${label} (${(bytes.byteLength / 1024).toFixed(0)} KB): HTTP ${status} in ${ms.toFixed(0)} ms, page ${(size / 1024).toFixed(0)} KB;`
    + ` other client: ${sorted.length} pages, p50 ${percentile(sorted, 0.5).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms;`
    + ` main thread busy ${active.toFixed(0)} ms, longest wait for it ${(loop.max / 1e6).toFixed(0)} ms`);
}
console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
server.close();
await database.close();
process.exit(0);

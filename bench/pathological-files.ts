// Benchmark: the files that once stalled the server, uploaded to a running instance while a second
// client keeps asking for a public page. Prints how long each refusal took and the other client's page
// latency meanwhile (p50 and max): the aim is a refusal within a second and pages under 100 ms.
// Run: npx tsx bench/pathological-files.ts
import { serve } from '@hono/node-server';
import os from 'node:os';
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
for (const [label, soort, bytes] of files) {
  const form = uploadForm(soort, bytes);
  const latencies: number[] = [];
  let uploading = true;
  const t0 = performance.now();
  const upload = office.request('/portaal/import/voorbeeld', { method: 'POST', body: form }).then(async (r) => {
    const size = (await r.arrayBuffer()).byteLength;
    uploading = false;
    return { status: r.status, size, ms: performance.now() - t0 };
  });
  while (uploading) {
    const t = performance.now();
    await (await client.request('/toegankelijkheid')).arrayBuffer();
    latencies.push(performance.now() - t);
  }
  const { status, size, ms } = await upload;
  const sorted = latencies.sort((a, b) => a - b);
  console.log(`${label} (${(bytes.byteLength / 1024).toFixed(0)} KB): HTTP ${status} in ${ms.toFixed(0)} ms, page ${(size / 1024).toFixed(0)} KB;`
    + ` other client: ${sorted.length} pages, p50 ${percentile(sorted, 0.5).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms`);
}
console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
server.close();
await database.close();
process.exit(0);

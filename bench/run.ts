// `npm run bench`: scales ×1, ×10, ×100 on PGlite and PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL), load per page
// uncached / cached / 304 beside a static baseline, one-client p50, raw SQL, start-up, memory, page weights, the import.
// Options: BENCH_SCALES=1,10,100  BENCH_PGLITE_SCALES=1,10,100  BENCH_SECONDS=3; `npm run bench -- --reuse` keeps the
// databases an earlier run built (×100 takes about ten minutes to generate on PostgreSQL; on PGlite about four minutes
// of CPU, half an hour of wall clock at load 15). Writes bench/results.md.
import { execFileSync, spawn } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { compareAggregates } from './aggregate-sql.ts';
import { listen, load, oneClient, staticServer, type LoadResult } from './load.ts';
import { pageWeight } from './page-weight.ts';
import { openScale, type Kind } from './scales.ts';
import { measureWriteCost } from './write-cost.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const REUSE = process.argv.includes('--reuse');
const PG = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const list = (v: string | undefined, d: string) => (v ?? d).split(',').filter(Boolean).map(Number);
const PG_SCALES = PG ? list(process.env.BENCH_SCALES, '1,10,100') : [];
const PGLITE_SCALES = list(process.env.BENCH_PGLITE_SCALES, '1,10,100');
const BR = { 'Accept-Encoding': 'br, gzip' };
const out: string[] = [];
const say = (line = '') => { console.log(line); out.push(line); };
const ms = (v: number) => v.toFixed(1);
const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;
const cell = (r: LoadResult) => `${r.rps} / ${ms(r.p50)} / ${ms(r.p99)}${r.errors ? ` (${r.errors} errors)` : ''}`;

function appOn(db: Parameters<typeof createApp>[0]['db'], cacheSeconds: string) {
  const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', RESPONSE_CACHE_SECONDS: cacheSeconds });
  return createApp({ config, db, logger: createLogger(config) });
}

async function scenario(kind: Kind, factor: number): Promise<void> {
  const { database, buildSeconds, buildCpuSeconds } = await openScale(kind, factor, PG, { reuse: REUSE });
  const consortium = await database.db.query.consortia.findFirst({ columns: { slug: true } });
  const pages = ['/dashboard', '/kaart', `/consortia/${consortium?.slug}`, '/api/v1/kerncijfers'];
  const filters = ['?provincie=PV27', '?sector=energie', '?actielijn=AL1', '?jaar=2025', `?consortium=${consortium?.slug}`].map((q) => `/dashboard${q}`);
  const uncached = await listen(appOn(database.db, '0').fetch);
  const cached = await listen(appOn(database.db, '300').fetch);
  const cpu = buildCpuSeconds === undefined ? '' : `, ${buildCpuSeconds.toFixed(0)} s of CPU in this process`;
  say(`\n### ${kind} ×${factor}${buildSeconds === null ? '' : ` (built in ${buildSeconds.toFixed(0)} s${cpu})`}\n`);
  say(`One client, uncached (cache off), p50 of ${factor >= 100 ? 3 : 7} requests:\n`);
  say('| page | p50 ms |\n|---|---|');
  for (const path of [...pages, ...filters]) say(`| ${path} | ${ms(await oneClient(uncached.base + path, BR, factor >= 100 ? 3 : 7))} |`);
  say(`\n16 clients, ${SECONDS} s each; each cell: requests/s / p50 ms / p99 ms\n`);
  say('| page | uncached | cached 200 | 304 | static server, same bytes |\n|---|---|---|---|---|');
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  for (const path of pages) {
    const cold = await load(uncached.base + path, BR, SECONDS);
    await uncached.idle();
    const warm = await fetch(cached.base + path, { headers: BR });
    const bytes = Buffer.from(await warm.arrayBuffer());
    const etag = warm.headers.get('etag') ?? '';
    const hot = await load(cached.base + path, BR, SECONDS);
    const revalidated = await load(cached.base + path, { ...BR, 'If-None-Match': etag }, SECONDS);
    const plain = await (await fetch(cached.base + path)).arrayBuffer();
    const stat = await staticServer(Buffer.from(plain), { 'Content-Type': warm.headers.get('content-type') ?? 'text/html' });
    const baseline = await load(stat.base, BR, SECONDS);
    await stat.close();
    say(`| ${path} | ${cell(cold)} | ${cell(hot)} | ${cell(revalidated)} | ${cell(baseline)} (${bytes.byteLength} B) |`);
  }
  clearInterval(sampler);
  say(`\nResident memory: ${mb(process.memoryUsage().rss)} after the load, peak ${mb(peakRss)} during it.`);
  if (kind === 'postgres' && database.url) {
    say('\nAggregate queries: the service (Drizzle + code) vs the same SQL sent directly, median ms:\n');
    say('| query | app | raw SQL | ratio |\n|---|---|---|---|');
    for (const r of await compareAggregates(database.url)) say(`| ${r.name} | ${ms(r.app)} | ${ms(r.raw)} | ${(r.app / r.raw).toFixed(2)} |`);
  }
  // After the load, so the writes' new generation does not empty the cache mid-run.
  const writes = await measureWriteCost(database);
  say(`\nWrite cost with the figures refreshed at commit (one transaction, median of 3): ${writes.map((w) => `${w.name} ${ms(w.ms)} ms`).join('; ')}.`);
  if (factor === 1) {
    say('\nPage weight, gzipped bytes (HTML + CSS + JS + images):\n');
    say('| page | HTML | CSS | JS | images | total |\n|---|---|---|---|---|---|');
    for (const path of ['/', '/dashboard', '/kaart', '/consortia', `/consortia/${consortium?.slug}`, '/open-data', '/toegankelijkheid']) {
      const w = await pageWeight(cached.base, path);
      say(`| ${path} | ${w.html} | ${w.css} | ${w.js} | ${w.img} | ${w.html + w.css + w.js + w.img} |`);
    }
  }
  await uncached.close();
  await cached.close();
  await database.close();
}

/** From `serve` to the first 200 of / on an existing database, as a fresh process. */
async function startUp(env: Record<string, string>): Promise<number> {
  const port = String(40000 + Math.floor(Math.random() * 10000));
  const started = performance.now();
  const child = spawn('npx', ['tsx', 'src/cli.ts', 'serve'], { env: { ...process.env, ...env, PORT: port, LOG_LEVEL: 'warn', SEED_DEMO: 'false' }, stdio: 'ignore' });
  try {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return (performance.now() - started) / 1000;
      } catch { /* not listening yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    child.kill('SIGTERM');
  }
}

say(`# Benchmark results\n\n${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model} · ${mb(totalmem())} RAM · Node ${process.version}`);
const loadAverage = () => loadavg().map((l) => l.toFixed(1)).join(' / ');
say('The machine is shared with other jobs while this runs: figures are indicative, compare columns within one run.');
say(`Load average (1 / 5 / 15 min) at the start: ${loadAverage()}${REUSE ? '; databases reused from an earlier run (--reuse)' : ''}.`);
say(`Load: autocannon in the same process as the app, 16 connections, ${SECONDS} s per cell, Accept-Encoding: br, gzip.`);
if (!PG) say('\nNo BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL skipped.');
for (const factor of PGLITE_SCALES) await scenario('pglite', factor);
for (const factor of PG_SCALES) await scenario('postgres', factor);
if (PG) {
  const url = new URL(PG);
  url.pathname = '/pps_bench_x1';
  say(`\nStart-up to the first page (PostgreSQL ×1, new process incl. tsx): ${(await startUp({ DATABASE_URL: url.toString() })).toFixed(1)} s`);
}
if (process.env.BENCH_IMPORT !== '0') {
  say('\n### Import of 100.000 indicator values (PGlite)\n');
  say(execFileSync('npx', ['tsx', 'bench/import-indicator-values.ts'], { encoding: 'utf8' }).trim().split('\n').map((l) => `    ${l}`).join('\n'));
}
say(`\nLoad average (1 / 5 / 15 min) at the end: ${loadAverage()}.`);
writeFileSync(new URL('./results.md', import.meta.url), `${out.join('\n')}\n`);
process.exit(0);

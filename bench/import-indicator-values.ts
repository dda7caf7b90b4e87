// Benchmark: import 100.000 indicator values from one CSV into PGlite (preview + commit); prints speed and memory.
// Run: npx tsx bench/import-indicator-values.ts [rows]
import { asc } from 'drizzle-orm';
import { openPglite } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { consortia, indicators, organisations, progressReports, programmes } from '../src/db/schema/index.ts';
import { generateDemo } from '../src/seed/generate-demo.ts';
import { loadDemo } from '../src/seed/load-demo.ts';
import { commitIndicatorValueImport, previewIndicatorValueImport } from '../src/services/imports/import-indicator-values.ts';

const ROWS = Number(process.argv[2] ?? 100_000);
let peakRss = 0;
let peakHeap = 0;
const sample = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 20);

const database = await openPglite('memory');
await migrateDatabase(database);
await loadDemo(database.db, generateDemo());
const db = database.db;
const [programme] = await db.select({ id: programmes.id }).from(programmes);
const [lead] = await db.select({ id: organisations.id }).from(organisations).limit(1);
const known = await db.select({ code: indicators.code, disaggregations: indicators.disaggregations }).from(indicators).orderBy(asc(indicators.position));
// Every indicator with each of its breakdown categories: the keys one report can hold.
const keys = known.flatMap((i) => [[i.code, ''], ...i.disaggregations.flatMap((d) => d.categories.map((c) => [i.code, `${d.code}:${c}`]))]);
const needed = Math.ceil(ROWS / keys.length);
// Scale: enough synthetic consortia, each with an open 2026 report, to hold ROWS distinct values.
const created = [];
for (let i = 0; i < needed; i += 1000) {
  const batch = Array.from({ length: Math.min(1000, needed - i) }, (_, k) => ({ programmeId: programme!.id, slug: `bench-${i + k}`, name: `Bench ${i + k}`, leadOrganisationId: lead!.id }));
  created.push(...(await db.insert(consortia).values(batch).returning({ id: consortia.id, slug: consortia.slug })));
}
for (let i = 0; i < created.length; i += 1000) await db.insert(progressReports).values(created.slice(i, i + 1000).map((c) => ({ consortiumId: c.id, periodYear: 2026 })));
const lines = ['consortium;jaar;indicator;uitsplitsing;waarde'];
for (let n = 0; n < ROWS; n++) {
  const [code, breakdown] = keys[n % keys.length] as [string, string];
  lines.push(`${created[Math.floor(n / keys.length)]!.slug};2026;${code};${breakdown};${(n % 997) + 1}`);
}
const file = new TextEncoder().encode(lines.join('\r\n'));
const actor = { userId: 1, roles: [{ role: 'programmabureau' as const, consortiumId: null }] };

const t0 = performance.now();
const preview = await previewIndicatorValueImport({ db, actor }, file);
const t1 = performance.now();
await commitIndicatorValueImport({ db, actor }, file);
const t2 = performance.now();
clearInterval(sample);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
console.log(`file: ${ROWS.toLocaleString('nl-NL')} rows, ${mb(file.byteLength)}; refused: ${preview.refused.length}`);
console.log(`preview (dry run): ${((t1 - t0) / 1000).toFixed(1)} s, ${Math.round(ROWS / ((t1 - t0) / 1000)).toLocaleString('nl-NL')} rows/s`);
console.log(`commit (one transaction): ${((t2 - t1) / 1000).toFixed(1)} s, ${Math.round(ROWS / ((t2 - t1) / 1000)).toLocaleString('nl-NL')} rows/s`);
console.log(`peak memory: RSS ${mb(peakRss)}, heap ${mb(peakHeap)}`);
await database.close();

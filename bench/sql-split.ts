// Splits one uncached page into SQL and the rest: the page's queries are captured through Drizzle's logger, then
// replayed one by one on the same connection pool. `tsx bench/sql-split.ts <database url> [paths...]`
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Db } from '../src/db/client.ts';
import * as schema from '../src/db/schema/index.ts';
import { createLogger } from '../src/logger.ts';
import { listen, oneClient } from './load.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const [url, ...extra] = process.argv.slice(2) as [string, ...string[]];
const client = postgres(url, { max: 10, onnotice: () => {} });
let captured: { query: string; params: unknown[] }[] = [];
const db = drizzle({ client, schema, logger: { logQuery: (query, params) => void captured.push({ query, params }) } }) as unknown as Db;
const slug = (await client`select slug from consortia order by id limit 1`)[0]?.slug as string;
const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', RESPONSE_CACHE_SECONDS: '0' });
const server = await listen(createApp({ config, db, logger: createLogger(config) }).fetch);
const paths = extra.length ? extra : ['/dashboard', '/kaart', `/consortia/${slug}`, '/api/v1/kerncijfers',
  ...['?provincie=PV27', '?sector=energie', '?actielijn=AL1', '?jaar=2025', `?consortium=${slug}`].map((q) => `/dashboard${q}`)];
console.log('page\tp50 ms\tqueries\tsql ms (sum of medians)\tslowest query ms');
for (const path of paths) {
  const page = await oneClient(server.base + path, { 'Accept-Encoding': 'br, gzip' }, 5);
  captured = [];
  await (await fetch(server.base + path)).arrayBuffer();
  const queries = captured.filter((q) => !/page_views|data_generation|sessions/.test(q.query));
  const times: { ms: number; query: string }[] = [];
  for (const q of queries) {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await client.unsafe(q.query, q.params as never[]);
      runs.push(performance.now() - t);
    }
    times.push({ ms: median(runs), query: q.query });
  }
  const sum = times.reduce((s, t) => s + t.ms, 0);
  const slowest = times.sort((a, b) => b.ms - a.ms)[0];
  console.log(`${path}\t${page.toFixed(1)}\t${queries.length}\t${sum.toFixed(1)}\t${slowest?.ms.toFixed(1)} ${slowest?.query.slice(0, 90).replace(/\s+/g, ' ')}`);
  if (process.env.SPLIT_VERBOSE) for (const t of times) console.log(`   ${t.ms.toFixed(1)}\t${t.query.slice(0, 160).replace(/\s+/g, ' ')}`);
}
await server.close();
await client.end();

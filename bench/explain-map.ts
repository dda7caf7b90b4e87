// EXPLAIN ANALYZE of the map's queries at one scope: `tsx bench/explain-map.ts <database url> [provincie=PV27]`.
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Db } from '../src/db/client.ts';
import * as schema from '../src/db/schema/index.ts';
import { getMapOverview } from '../src/services/dashboard/get-map-overview.ts';
import { listMapPpsPage } from '../src/services/dashboard/list-map-pps-page.ts';
import { resolveScope } from '../src/services/dashboard/resolve-scope.ts';

const [url, filterArg] = process.argv.slice(2) as [string, string | undefined];
const client = postgres(url, { max: 2, onnotice: () => {} });
let captured: { query: string; params: unknown[] }[] = [];
const db = drizzle({ client, schema, logger: { logQuery: (query, params) => void captured.push({ query, params }) } }) as unknown as Db;
const ctx = { db, actor: null };
const filter = filterArg ? Object.fromEntries([filterArg.split('=')]) : {};
const scope = await resolveScope(ctx, filter);
captured = [];
const overview = await getMapOverview(ctx, scope, 'consortium', 'nl');
await listMapPpsPage(ctx, scope, 1, 200, overview.provinces);
for (const q of captured) {
  const plan = await client.unsafe(`explain (analyze, buffers) ${q.query}`, q.params as never[]);
  console.log(q.query.slice(0, 120), '\n', plan.map((r) => r['QUERY PLAN']).join('\n'), '\n');
}
await client.end();

// The app's aggregate queries (through Drizzle and the service code) against the same SQL sent straight to PostgreSQL.
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Db } from '../src/db/client.ts';
import * as schema from '../src/db/schema/index.ts';
import { getBudgetByActionLine } from '../src/services/dashboard/get-budget-by-action-line.ts';
import { getComposition } from '../src/services/dashboard/get-composition.ts';
import { getGoals } from '../src/services/dashboard/get-goals.ts';
import { getSectorCounts } from '../src/services/dashboard/get-sectors-and-levels.ts';
import { getSpread } from '../src/services/dashboard/get-spread.ts';
import { resolveScope } from '../src/services/dashboard/resolve-scope.ts';
import { getProgrammeFigures } from '../src/services/figures/get-programme-figures.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export type SqlRow = { name: string; app: number; raw: number };

export async function compareAggregates(url: string, repeats = 7): Promise<SqlRow[]> {
  const client = postgres(url, { max: 4, onnotice: () => {} });
  let captured: { query: string; params: unknown[] }[] = [];
  const db = drizzle({ client, schema, logger: { logQuery: (query, params) => void captured.push({ query, params }) } }) as unknown as Db;
  const ctx = { db, actor: null };
  const scope = await resolveScope(ctx, {});
  const services: [string, () => Promise<unknown>][] = [
    ['programme figures', () => getProgrammeFigures(ctx)], ['composition', () => getComposition(ctx, scope)],
    ['goals', () => getGoals(ctx, scope)], ['budget per action line', () => getBudgetByActionLine(ctx, scope, {})],
    ['spread', () => getSpread(ctx, scope)], ['sectors', () => getSectorCounts(ctx, scope)],
  ];
  const rows: SqlRow[] = [];
  for (const [name, run] of services) {
    captured = [];
    await run();
    const queries = captured;
    const app: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < repeats; i++) {
      let t = performance.now();
      await run();
      app.push(performance.now() - t);
      t = performance.now();
      await Promise.all(queries.map((q) => client.unsafe(q.query, q.params as never[])));
      raw.push(performance.now() - t);
    }
    rows.push({ name, app: median(app), raw: median(raw) });
  }
  await client.end();
  return rows;
}

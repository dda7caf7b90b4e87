// Where an uncached consortium page's time goes on a scale database: each part's query time, alone and together,
// then the whole page. `tsx bench/profile-consortium.ts postgres 100 [--as-is]`.
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { listPublicItems } from '../src/services/knowledge/list-public-items.ts';
import { getConsortiumBudget } from '../src/services/public-consortia/get-consortium-budget.ts';
import { getConsortiumProgress } from '../src/services/public-consortia/get-consortium-progress.ts';
import { getPublicConsortium } from '../src/services/public-consortia/get-public-consortium.ts';
import { listConsortiumPartners } from '../src/services/public-consortia/list-consortium-partners.ts';
import { listConsortiumPps } from '../src/services/public-consortia/list-consortium-pps.ts';
import { listen, oneClient } from './load.ts';
import { openScale, type Kind } from './scales.ts';

const [kind, factor] = [process.argv[2] as Kind, Number(process.argv[3] ?? 100)];
const { database } = await openScale(kind, factor, process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL, { reuse: true, migrate: !process.argv.includes('--as-is') });
const ctx = { db: database.db, actor: null };
const first = await database.db.query.consortia.findFirst({ columns: { slug: true } });
const slug = first?.slug as string;
const median = async (f: () => Promise<unknown>, n = 7) => {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await f();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)]!.toFixed(1);
};
const c = await getPublicConsortium(ctx, { slug });
const parts: Record<string, () => Promise<unknown>> = {
  consortium: () => getPublicConsortium(ctx, { slug }),
  pps: () => listConsortiumPps(ctx, { consortiumId: c.id }),
  partners: () => listConsortiumPartners(ctx, { consortiumId: c.id, page: { page: 1, pageSize: 25 } }),
  budget: () => getConsortiumBudget(ctx, { consortiumId: c.id, programmeId: c.programmeId }),
  progress: () => getConsortiumProgress(ctx, { consortiumId: c.id, programmeId: c.programmeId }),
  knowledge: () => listPublicItems(ctx, { consortiumId: c.id, limit: 10 }),
};
for (const [name, f] of Object.entries(parts)) console.log(`${name}\t${await median(f)} ms`);
console.log(`all parts after the consortium, at once\t${await median(() => Promise.all(Object.values(parts).slice(1).map((f) => f())))} ms`);
const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', RESPONSE_CACHE_SECONDS: '0' });
const server = await listen(createApp({ config, db: database.db, logger: createLogger(config) }).fetch);
console.log(`whole page over HTTP\t${(await oneClient(`${server.base}/consortia/${slug}`, { 'Accept-Encoding': 'br, gzip' }, 7)).toFixed(1)} ms`);
await server.close();
await database.close();

// One-client uncached p50 and size of the public pages on one scale database, without the load:
// `tsx bench/one-client.ts postgres 100 [--as-is] [extra paths...]`. For finding what is slow between full bench runs;
// --as-is leaves the database's schema as it is (one built and shared by another branch).
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { listen, oneClient } from './load.ts';
import { openScale, type Kind } from './scales.ts';

const asIs = process.argv.includes('--as-is');
const [kind, factor, ...extra] = [process.argv[2] as Kind, Number(process.argv[3] ?? 100), ...process.argv.slice(4).filter((a) => a !== '--as-is')];
const { database } = await openScale(kind, factor, process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL, { reuse: true, migrate: !asIs });
const consortium = await database.db.query.consortia.findFirst({ columns: { slug: true } });
const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', RESPONSE_CACHE_SECONDS: '0' });
const server = await listen(createApp({ config, db: database.db, logger: createLogger(config) }).fetch);
const paths = extra.length ? extra : ['/dashboard', '/kaart', `/consortia/${consortium?.slug}`, '/api/v1/kerncijfers',
  ...['?provincie=PV27', '?sector=energie', '?actielijn=AL1', '?jaar=2025', `?consortium=${consortium?.slug}`].map((q) => `/dashboard${q}`)];
for (const path of paths) {
  const size = (await (await fetch(server.base + path)).arrayBuffer()).byteLength;
  console.log(`${path}\t${(await oneClient(server.base + path, { 'Accept-Encoding': 'br, gzip' }, 5)).toFixed(1)} ms\t${size} B`);
}
await server.close();
await database.close();

import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { openPostgres } from '../src/db/client.ts';
const database = await openPostgres('postgres://postgres@127.0.0.1:5432/pps_bench_x100');
const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', RESPONSE_CACHE_SECONDS: '0' });
const app = createApp({ config, db: database.db, logger: createLogger(config) });
for (let i = 0; i < 15; i++) {
  const t = performance.now();
  const r = await app.request('/consortia/energieke-regio-noord', { headers: { 'Accept-Encoding': i % 2 ? 'br' : 'identity' } });
  await r.arrayBuffer();
  console.log(i % 2 ? 'br' : 'plain', (performance.now() - t).toFixed(1));
}
await database.close();

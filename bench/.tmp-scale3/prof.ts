import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { openPostgres } from '../../src/db/client.ts';
const database = await openPostgres('postgres://postgres@127.0.0.1:5432/pps_bench_x100_scale3');
const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', RESPONSE_CACHE_SECONDS: '0' });
const app = createApp({ config, db: database.db, logger: createLogger(config) });
for (const path of process.argv.slice(2)) {
  const times: number[] = [];
  for (let i = 0; i < 8; i++) {
    const t = performance.now();
    const r = await app.request(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
    await r.arrayBuffer();
    times.push(performance.now() - t);
  }
  console.log(path, times.map((t) => t.toFixed(0)).join(' '));
}
await database.close();

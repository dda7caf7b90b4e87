// Benchmark: the heavy public answers on the demo (PGlite), computed (cache off), first and repeated (cache on).
// Run: npx tsx bench/public-downloads.ts [repeats]
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openPglite } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { createLogger } from '../src/logger.ts';
import { generateDemo } from '../src/seed/generate-demo.ts';
import { loadDemo } from '../src/seed/load-demo.ts';

const REPEATS = Number(process.argv[2] ?? 10);
const PATHS = ['/dashboard', '/kaart', '/downloads/pps-monitor.json', '/downloads/pps-monitor-csv.zip', '/downloads/organisaties.xlsx', '/downloads/begrotingen.csv'];

const database = await openPglite('memory');
await migrateDatabase(database);
await loadDemo(database.db, generateDemo());
const appWith = (seconds: string) => {
  const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', RESPONSE_CACHE_SECONDS: seconds });
  return createApp({ config, db: database.db, logger: createLogger(config) });
};

async function median(app: ReturnType<typeof appWith>, path: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    await (await app.request(path)).arrayBuffer();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const uncached = appWith('0');
const cached = appWith('300');
console.log(`median of ${REPEATS} requests, ms`);
console.log(`${'path'.padEnd(34)} ${'no cache'.padStart(9)} ${'cached'.padStart(9)}`);
for (const path of PATHS) {
  const plain = await median(uncached, path);
  await cached.request(path);
  const warm = await median(cached, path);
  console.log(`${path.padEnd(34)} ${plain.toFixed(1).padStart(9)} ${warm.toFixed(1).padStart(9)}`);
}
await database.close();

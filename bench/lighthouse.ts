// `npm run lighthouse`: Lighthouse (mobile) on the main public pages of the demo, served on a free port, in Debian's
// Chromium (CHROME_PATH, default /usr/bin/chromium) with the flags of the browser tests. Prints the accessibility,
// best-practices and SEO scores and every audit below full marks. Not part of `npm test`: scores are not assertions.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openPglite } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { createLogger } from '../src/logger.ts';
import { generateDemo } from '../src/seed/generate-demo.ts';
import { loadDemo } from '../src/seed/load-demo.ts';

const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CATEGORIES = ['accessibility', 'best-practices', 'seo'];

const database = await openPglite('memory');
await migrateDatabase(database);
await loadDemo(database.db, generateDemo());
const consortium = await database.db.query.consortia.findFirst({ columns: { slug: true } });
const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0' });
const server = serve({ fetch: createApp({ config, db: database.db, logger: createLogger(config) }).fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
let belowFull = 0;
try {
  for (const path of ['/', '/dashboard', '/kaart', `/consortia/${consortium?.slug}`, '/kennisbank', '/en']) {
    const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const lhr = result!.lhr;
    const scores = CATEGORIES.map((c) => `${c} ${Math.round((lhr.categories[c]?.score ?? 0) * 100)}`).join(', ');
    console.log(`${path}: ${scores}`);
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          belowFull++;
          console.log(`  ${category}: ${audit.id}: ${audit.title}`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
  await database.close();
}
process.exitCode = belowFull ? 1 : 0;

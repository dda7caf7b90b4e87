import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { createTestApp } from './test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type DatabaseKind, type TestDatabase } from './test-db.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The journeys on the server when there is one (as a deployment runs), else on PGlite. PGlite runs in the test's
// own process beside Chromium's driver and took each browser file twice as long; the database and HTTP suites
// cover PGlite itself.
const BROWSER_DATABASE: DatabaseKind = DATABASE_KINDS.includes('postgres') ? 'postgres' : 'pglite';

/** Browser suites run when Debian's Chromium is there; CI sets REQUIRE_BROWSER=1 so a missing browser fails. */
export function describeBrowser(name: string, fn: () => void) {
  if (existsSync(CHROMIUM)) return describe(name, fn);
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  return describe.skip(`${name} (no Chromium at ${CHROMIUM})`, fn);
}

// Without the background-networking flags Chromium keeps dialling out on a closed network.
// Playwright gives each launch a fresh empty profile; pages without JavaScript: browser.newContext({ javaScriptEnabled: false }).
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** The real app over a test database, served on a free port for the browser. */
export async function startTestServer(db: Db): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createTestApp(db);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Runs axe-core on the page against WCAG 2.1 A and AA; returns the violations (empty is the goal). */
export async function scanAccessibility(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, so our strict CSP (no inline scripts) stays on during the scan.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/** A readable summary for a failing assertion. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

export type BrowserApp = { readonly url: string; readonly browser: Browser; readonly database: TestDatabase };

/**
 * A database, the app served on a free port and Chromium, for a browser suite; closed after it.
 * `seed` builds the suite's own small data with the factories before the app starts (the response cache keeps
 * public figures). Required: loading the whole demo cost each browser file tens of seconds; the demo has its own tests.
 */
export function useBrowserApp(options: { seed: (db: Db) => Promise<unknown> }): BrowserApp {
  let database: TestDatabase | undefined;
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(BROWSER_DATABASE);
    await options.seed(database.db);
    server = await startTestServer(database.db);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.dispose();
  });
  return {
    get url() { return (server as NonNullable<typeof server>).url; },
    get browser() { return browser as Browser; },
    get database() { return database as TestDatabase; },
  };
}

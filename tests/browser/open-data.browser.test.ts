import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';
import { describeBrowser, describeViolations, launchBrowser, scanAccessibility, startTestServer } from '../helpers/browser.ts';

describeBrowser('open data page in Chromium', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    // A copy of the migrated template: starting an empty PGlite (initdb) costs more than copying one.
    database = await createTestDatabase('pglite');
    server = await startTestServer(database.db);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.dispose();
  });

  for (const path of ['/open-data', '/en/open-data']) {
    it(`${path} has one h1, a captioned table and zero axe-core violations, without JavaScript`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('table caption').count()).toBe(1);
      await context.close();
      const scanned = await browser.newPage();
      await scanned.goto(`${server.url}${path}`);
      const violations = await scanAccessibility(scanned);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }

  it('opens the OpenAPI document from its link', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/open-data`);
    const [response] = await Promise.all([page.waitForResponse(/openapi\.json/), page.getByRole('link', { name: 'OpenAPI-beschrijving (openapi.json)' }).click()]);
    expect(response.status()).toBe(200);
    expect(response.headers()['api-version']).toBe('1.0.0');
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, describeViolations, launchBrowser, scanAccessibility, startTestServer } from '../helpers/browser.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

describeBrowser('home page in Chromium', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase('pglite', { demo: true });
    server = await startTestServer(database.db);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.dispose();
  });

  it('shows the computed programme figures with zero axe-core violations', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    expect(await page.locator('h1').count()).toBe(1);
    const text = await page.locator('main').innerText();
    expect(text).toContain('€ 123 miljoen');
    expect(text).toContain('42%');
    const violations = await scanAccessibility(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('reaches the content by the skip link and switches to English', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await page.waitForURL(`${server.url}/en`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('The programme in figures');
  });
});

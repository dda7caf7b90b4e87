import { expect, it } from 'vitest';
import { describeBrowser, describeViolations, scanAccessibility, useBrowserApp } from '../helpers/browser.ts';

describeBrowser('open data page in Chromium', () => {
  // The page needs no data of its own: a migrated, empty database.
  const app = useBrowserApp({ seed: async () => {} });

  for (const path of ['/open-data', '/en/open-data']) {
    it(`${path} has one h1, a captioned table and zero axe-core violations, without JavaScript`, async () => {
      const context = await app.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${app.url}${path}`);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('table caption').count()).toBe(1);
      await context.close();
      const scanned = await app.browser.newPage();
      await scanned.goto(`${app.url}${path}`);
      const violations = await scanAccessibility(scanned);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }

  it('opens the OpenAPI document from its link', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/open-data`);
    const [response] = await Promise.all([page.waitForResponse(/openapi\.json/), page.getByRole('link', { name: 'OpenAPI-beschrijving (openapi.json)' }).click()]);
    expect(response.status()).toBe(200);
    expect(response.headers()['api-version']).toBe('1.0.0');
  });
});

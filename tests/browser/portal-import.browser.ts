import { expect, it } from 'vitest';
import { describeBrowser, describeViolations, scanAccessibility, useBrowserApp } from '../helpers/browser.ts';
import { createProgramme, TEST_PASSWORD, type TestProgramme } from '../helpers/factories.ts';

describeBrowser('import in the portal, in Chromium', () => {
  let programme: TestProgramme;
  const app = useBrowserApp({ seed: async (db) => { programme = await createProgramme(db); } });
  it('checks an uploaded file, shows the refusals, and passes axe-core on every step', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#veld-email', programme.office.email);
    await page.fill('#veld-password', TEST_PASSWORD);
    await Promise.all([page.waitForURL(/portaal/), page.press('#veld-password', 'Enter')]);
    await page.goto(`${app.url}/portaal/import`);
    expect(describeViolations(await scanAccessibility(page))).toBe('');
    await page.setInputFiles('#import-bestand', { name: 'o.csv', mimeType: 'text/csv', buffer: Buffer.from('naam;soort;kvk\nA;overig;12\nB;overig;\n') });
    await Promise.all([page.waitForURL(/voorbeeld/), page.click('text=Controleren')]);
    expect(await page.locator('main').innerText()).toContain('Een KvK-nummer heeft 8 cijfers.');
    expect(describeViolations(await scanAccessibility(page))).toBe('');
    await page.goto(`${app.url}/portaal`);
    expect(describeViolations(await scanAccessibility(page))).toBe('');
  });
});

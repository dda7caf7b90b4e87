import { expect, it } from 'vitest';
import { describeBrowser, describeViolations, scanAccessibility, useBrowserApp } from '../helpers/browser.ts';

describeBrowser('import in the portal, in Chromium', () => {
  const app = useBrowserApp();
  it('checks an uploaded file, shows the refusals, and passes axe-core on every step', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#veld-email', 'programmabureau@voorbeeld.nl');
    await page.fill('#veld-password', 'demo-wachtwoord-2026');
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

import { expect, it } from 'vitest';
import { describeBrowser, describeViolations, scanAccessibility, useBrowserApp } from '../helpers/browser.ts';
import { addAward, createConsortium, createProgramme } from '../helpers/factories.ts';

// Two honoured applications of our own, made before the app starts (the response cache keeps public figures):
// awards of 9 and 15 million on plans of 25 and 35 million, with 3 and 4.5 million from businesses.
// So: 24 million awarded, 40% of 60 million, 7.5 million business money, lowest 9, highest 15, average 12.
describeBrowser('home page in Chromium', () => {
  const app = useBrowserApp({
    seed: async (db) => {
      const programme = await createProgramme(db);
      await addAward(db, await createConsortium(db, programme), { awarded: 9_000_000, totalCosts: 25_000_000, business: 3_000_000 });
      await addAward(db, await createConsortium(db, programme), { awarded: 15_000_000, totalCosts: 35_000_000, business: 4_500_000 });
    },
  });

  it('shows the figures computed from the applications with zero axe-core violations', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/`);
    expect(await page.locator('h1').count()).toBe(1);
    const computed = page.locator('dl[aria-label="Berekend uit de aanvragen en besluiten"]');
    expect(await computed.locator('dd').allInnerTexts()).toEqual([
      '€ 24 miljoen', '€ 7,5 miljoen', '€ 9 miljoen', '€ 15 miljoen', '€ 12 miljoen', '2', '2',
    ]);
    expect(await computed.locator('dt').first().innerText()).toContain('40%');
    const violations = await scanAccessibility(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('reaches the content by the skip link and switches to English', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await page.waitForURL(`${app.url}/en`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('The programme in figures');
  });
});

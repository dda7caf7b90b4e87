import { expect, it } from 'vitest';
import { describeBrowser, describeViolations, scanAccessibility, useBrowserApp } from '../helpers/browser.ts';

describeBrowser('home page in Chromium', () => {
  const app = useBrowserApp();

  it('shows the computed programme figures with zero axe-core violations', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/`);
    expect(await page.locator('h1').count()).toBe(1);
    const text = await page.locator('main').innerText();
    expect(text).toContain('€ 123 miljoen');
    expect(text).toContain('42%');
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

import { expect, it } from 'vitest';
import { describeBrowser, describeViolations, scanAccessibility, useBrowserApp } from '../helpers/browser.ts';

describeBrowser('dashboard and network map in Chromium', () => {
  const app = useBrowserApp();

  /** Every chart image has loaded as an SVG with real size. */
  async function renderedCharts(page: import('playwright-core').Page): Promise<number> {
    await page.waitForLoadState('networkidle');
    return page.$$eval('img.pps-chart__image', (imgs) => (imgs as HTMLImageElement[]).filter((i) => i.complete && i.naturalWidth > 0).length);
  }

  it('renders every chart, filters through the form, and passes axe-core', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/dashboard`);
    const charts = await page.locator('img.pps-chart__image').count();
    expect(charts).toBe(7);
    // Lazy images load once scrolled into view.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (const img of await page.locator('img.pps-chart__image').all()) await img.scrollIntoViewIfNeeded();
    expect(await renderedCharts(page)).toBe(7);
    expect(describeViolations(await scanAccessibility(page))).toBe('');

    await page.selectOption('#filter-provincie', 'PV31');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.waitForURL(/provincie=PV31/);
    expect(await page.locator('.pps-filter__active').innerText()).toContain('Limburg');
    expect(await page.locator('img[src="/dashboard/spreiding.svg?provincie=PV31"]').count()).toBe(1);
    expect(describeViolations(await scanAccessibility(page))).toBe('');
  });

  it('shows the network map with its legend and list, and passes axe-core', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/kaart`);
    expect(await renderedCharts(page)).toBe(1);
    expect(await page.locator('.pps-legend li').count()).toBeGreaterThan(10);
    await page.selectOption('#filter-kleur', 'sector');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.waitForURL(/kleur=sector/);
    expect(await page.locator('h3#provincie-PV31').count()).toBe(1);
    expect(describeViolations(await scanAccessibility(page))).toBe('');
  });

  it('shows the dashboard content without JavaScript', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/dashboard?sector=energie`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Samenstelling van de stakeholders');
    expect(text).toContain('Actief filter: Sector: Energie.');
    expect(await page.locator('table[data-chart="actielijnen"] tbody tr').count()).toBe(5);
    await context.close();
  });
});

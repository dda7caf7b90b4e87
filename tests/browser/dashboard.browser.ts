import { expect, it } from 'vitest';
import { describeBrowser, describeViolations, scanAccessibility, useBrowserApp } from '../helpers/browser.ts';
import { seedPublicProgramme, type PublicProgramme } from '../helpers/browser-seeds.ts';

describeBrowser('dashboard and network map in Chromium', () => {
  // Three consortia of our own: energie in Utrecht and Maastricht, zorg in Groningen, energie in Heerlen.
  let seeded: PublicProgramme;
  const app = useBrowserApp({ seed: async (db) => { seeded = await seedPublicProgramme(db); } });

  /** Every chart image has loaded as an SVG with real size. */
  async function renderedCharts(page: import('playwright-core').Page): Promise<number> {
    await page.waitForLoadState('networkidle');
    return page.$$eval('img.pps-chart__image', (imgs) => (imgs as HTMLImageElement[]).filter((i) => i.complete && i.naturalWidth > 0).length);
  }

  it('renders every chart and passes axe-core', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/dashboard`);
    const charts = await page.locator('img.pps-chart__image').count();
    expect(charts).toBe(7);
    // Lazy images load once scrolled into view.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (const img of await page.locator('img.pps-chart__image').all()) await img.scrollIntoViewIfNeeded();
    expect(await renderedCharts(page)).toBe(7);
    expect(describeViolations(await scanAccessibility(page))).toBe('');
    await page.close();
  });

  it('filters through the form and passes axe-core with the filter on', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/dashboard`);
    await page.selectOption('#filter-provincie', 'PV31');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.waitForURL(/provincie=PV31/);
    expect(await page.locator('.pps-filter__active').innerText()).toContain('Limburg');
    expect(await page.locator('img[src="/dashboard/spreiding.svg?provincie=PV31"]').count()).toBe(1);
    // Limburg holds two pps'en of two consortia: Maastricht of the first, Heerlen of the third.
    const limburg = page.locator('table[data-chart="spreiding"] tbody tr', { has: page.locator('th', { hasText: 'Limburg' }) });
    expect(await limburg.locator('td[data-value]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')))).toEqual(['PV31', '2', '2']);
    expect(describeViolations(await scanAccessibility(page))).toBe('');
    await page.close();
  });

  it('shows the network map with its legend and list, and passes axe-core', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/kaart`);
    expect(await renderedCharts(page)).toBe(1);
    const groups = page.locator('.pps-legend:not(.pps-legend--sizes) li');
    // One legend entry per consortium, with its number of pps'en.
    const byConsortium = await groups.allInnerTexts();
    expect(byConsortium).toHaveLength(seeded.consortia.length);
    for (const consortium of seeded.consortia) {
      expect(byConsortium.some((entry) => entry.endsWith(`${consortium.name} (${consortium.pps.length})`)), byConsortium.join('\n')).toBe(true);
    }
    await page.selectOption('#filter-kleur', 'sector');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.waitForURL(/kleur=sector/);
    const bySector = await groups.allInnerTexts();
    expect(bySector.map((entry) => entry.replace(/^\S+\s+/, ''))).toEqual(['Energie (3)', 'Zorg en welzijn (1)']);
    expect(await page.locator('h3#provincie-PV31').innerText()).toBe('Limburg (2)');
    expect(describeViolations(await scanAccessibility(page))).toBe('');
    await page.close();
  });

  it('shows the dashboard content without JavaScript', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/dashboard?sector=energie`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Samenstelling van de stakeholders');
    expect(text).toContain('Actief filter: Sector: Energie.');
    const rows = page.locator('table[data-chart="actielijnen"] tbody tr');
    expect(await rows.count()).toBe(seeded.programme.actionLines.length);
    // Each action line's subsidy: the energie consortia's yearly amounts over the budget years, not the zorg one's.
    const energie = seeded.consortia.filter((c) => c.sector === 'energie');
    const subsidy = energie.reduce((sum, c) => sum + c.yearlyBudget, 0) * seeded.budgetYears.length;
    expect(await rows.locator('td:nth-child(2)').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value'))))
      .toEqual(seeded.programme.actionLines.map(() => String(subsidy)));
    await context.close();
  });
});

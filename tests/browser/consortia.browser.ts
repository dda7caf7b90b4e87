import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, describeViolations, scanAccessibility, useBrowserApp } from '../helpers/browser.ts';
import { seedPublicProgramme, type PublicProgramme } from '../helpers/browser-seeds.ts';

describeBrowser('consortium and pps pages in Chromium', () => {
  // Three consortia of our own with awards of 6, 9 and 3 million; one pps in the province of Utrecht.
  let seeded: PublicProgramme;
  const app = useBrowserApp({ seed: async (db) => { seeded = await seedPublicProgramme(db); } });

  async function expectAccessible(page: Page) {
    expect(await page.locator('h1').count()).toBe(1);
    const violations = await scanAccessibility(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  }

  // Listing and sorting, and opening from the sorted list, are tests of their own so neither nears its time limit.
  it('lists the consortia and sorts them by a header link, without axe-core violations', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/consortia`);
    expect(await page.locator('tbody tr').count()).toBe(seeded.consortia.length);
    await expectAccessible(page);

    const header = page.locator('th', { has: page.getByRole('link', { name: 'Toegekend bedrag' }) });
    expect(await header.getAttribute('aria-sort')).toBeNull();
    await page.getByRole('link', { name: 'Toegekend bedrag' }).click();
    await page.waitForURL(/sorteer=toegekendBedrag&richting=af/);
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const amounts = await page.locator('tbody tr td:nth-child(4)').allInnerTexts();
    const values = amounts.map((a) => Number(a.replace(/[^\d,]/g, '').replace(',', '.')));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const largestFirst = [...seeded.consortia].sort((a, b) => b.awarded - a.awarded);
    expect(await page.locator('tbody tr th a').allInnerTexts()).toEqual(largestFirst.map((c) => c.name));
    await expectAccessible(page);
    await page.close();
  });

  it('opens the largest consortium from the sorted list and a pps from it, without axe-core violations', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/consortia?sorteer=toegekendBedrag&richting=af`);
    const largestFirst = [...seeded.consortia].sort((a, b) => b.awarded - a.awarded);
    const first = page.locator('tbody tr th a').first();
    const name = largestFirst[0]!.name;
    await first.click();
    await page.waitForURL(/\/consortia\/[a-z0-9-]+$/);
    expect(await page.locator('h1').innerText()).toBe(name);
    expect(await page.getByRole('navigation', { name: 'Kruimelpad' }).innerText()).toContain(name);
    await expectAccessible(page);

    const pps = page.locator('section[aria-labelledby="pps"] tbody th a');
    expect(await pps.allInnerTexts()).toEqual(largestFirst[0]!.pps.map((p) => p.name));
    const ppsName = largestFirst[0]!.pps[0]!.name;
    await pps.first().click();
    await page.waitForURL(/\/pps\/[a-z0-9-]+$/);
    expect(await page.locator('h1').innerText()).toBe(ppsName);
    expect(await page.getByRole('link', { name }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await page.close();
  });

  it('filters the pps list without JavaScript and stays accessible in English', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/en/pps`);
    await page.getByLabel('Province').selectOption('PV26', { timeout: 5000 });
    await page.getByRole('button', { name: 'Show results' }).click({ timeout: 5000 });
    await page.waitForURL(/provincie=PV26/, { timeout: 5000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const inUtrecht = seeded.consortia.flatMap((c) => c.pps).filter((p) => p.provinceCode === 'PV26');
    expect(await page.locator('tbody tr th').allInnerTexts()).toEqual(inUtrecht.map((p) => p.name));
    expect(await page.getByLabel('Province').inputValue()).toBe('PV26');
    // axe-core needs JavaScript: scan the filtered page in a normal tab.
    const scanned = await app.browser.newPage();
    await scanned.goto(page.url());
    await expectAccessible(scanned);
    await scanned.close();
    await context.close();
  });
});

import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/factories.ts';
import { describeBrowser, useBrowserApp } from '../helpers/browser.ts';
import { measureChartText } from '../helpers/chart-text.ts';
import { logInByKeyboard } from '../helpers/keyboard.ts';
import { createSite, type TestSite } from '../helpers/site-factory.ts';
import { walkHttp } from '../helpers/site-walk.ts';
import { loginAs, overHttp } from '../helpers/login.ts';

// Every public and portal page on a 375 px phone: the page itself never scrolls sideways (tables may,
// inside their own box), and chart text is at least 12 px as shown. A walk over HTTP finds the pages (every link,
// once per page shape); the browser shows them, split over tests so none nears its time limit.
export const PUBLIC_STARTS = [
  '/', '/dashboard', '/kaart', '/consortia', '/pps', '/kennisbank', '/rondes', '/open-data',
  '/open-data/woordenboek', '/toegankelijkheid', '/inloggen', '/wachtwoord-vergeten',
];
const PUBLIC_WITHIN = ['/', '/dashboard', '/kaart', '/consortia', '/pps', '/kennisbank', '/rondes', '/open-data', '/toegankelijkheid', '/inloggen', '/wachtwoord-vergeten', '/aanmelden'];
const NEVER = /\/(uitloggen|afmelden)(\/|$)|^\/en(\/|$)/;

describeBrowser('every page on a 375 px phone, and the report on a desktop', () => {
  let site: TestSite;
  const app = useBrowserApp({ seed: async (db) => { site = await createSite(db); } });

  /** What one test found: pages wider than the screen, charts with text under 12 px, charts measured. */
  type Found = { overflowing: string[]; smallText: string[]; charts: number };
  const nothingFound = (): Found => ({ overflowing: [], smallText: [], charts: 0 });

  async function fitsTheScreen(page: Page, path: string, found: Found) {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 375) found.overflowing.push(`${path}: ${width}px ${await widestElement(page)}`);
    for (const chart of await measureChartText(page)) {
      found.charts += 1;
      if (chart.smallestPx < 12) found.smallText.push(`${path}: ${chart.src} ${chart.smallestPx.toFixed(1)}px at ${chart.renderedWidth}px`);
    }
  }

  /** The public site's pages as the walk finds them over HTTP, with how many chart images each holds. */
  async function publicPages(): Promise<Map<string, number>> {
    const pages = new Map<string, number>();
    await walkHttp((path) => fetch(`${app.url}${path}`), { starts: PUBLIC_STARTS, within: PUBLIC_WITHIN, skip: NEVER }, (html, path) => {
      pages.set(path, html.match(/class="[^"]*pps-chart__image/g)?.length ?? 0);
    });
    return pages;
  }

  // The public site in two halves, each a test of its own: the walk over HTTP finds every page, the browser shows each.
  it.each([1, 2])('no public page scrolls sideways and chart text is at least 12 px (part %i of 2)', async (part) => {
    const pages = await publicPages();
    expect([...pages.keys()]).toEqual(expect.arrayContaining([`/consortia/${site.consortia[0]!.slug}`, `/kennisbank/${site.event.slug}`]));
    // Seven dashboard charts, the network map and the consortium's small map.
    expect([...pages.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(9);
    const mine = [...pages].filter((_, i) => i % 2 === part - 1);
    const page = await app.browser.newPage({ viewport: { width: 375, height: 800 } });
    const found = nothingFound();
    for (const [path] of mine) {
      const response = await page.goto(`${app.url}${path}`);
      expect(response?.status(), path).toBeLessThan(400);
      await fitsTheScreen(page, path, found);
    }
    expect(found.charts, 'every chart image of these pages was measured').toBe(mine.reduce((sum, [, n]) => sum + n, 0));
    expect(found.overflowing).toEqual([]);
    expect(found.smallText).toEqual([]);
    await page.close();
  });

  /** The portal pages a role is shown, as the walk finds them over HTTP with that role's own session. */
  async function portalPages(email: string): Promise<string[]> {
    const visitor = await loginAs(overHttp(app.url), email, TEST_PASSWORD);
    return walkHttp((path) => visitor.request(path), { starts: ['/portaal'], within: ['/portaal'], skip: NEVER }, () => {});
  }

  // One test per role, the office's and coordinator's many pages in two halves, so each stays short.
  const roles = [
    { role: 'office', account: () => site.programme.office, atLeast: 10, part: 1, parts: 2 },
    { role: 'office', account: () => site.programme.office, atLeast: 10, part: 2, parts: 2 },
    { role: 'assessor', account: () => site.programme.assessor, atLeast: 0, part: 1, parts: 1 },
    { role: 'coordinator', account: () => site.consortia[0]!.coordinator, atLeast: 8, part: 1, parts: 2 },
    { role: 'coordinator', account: () => site.consortia[0]!.coordinator, atLeast: 8, part: 2, parts: 2 },
    { role: 'applicant', account: () => site.applicant, atLeast: 0, part: 1, parts: 1 },
  ];
  it.each(roles)('no portal page scrolls sideways for the $role (part $part of $parts)', async ({ account, atLeast, part, parts }) => {
    const pages = await portalPages(account().email);
    expect(pages.filter((p) => p.startsWith('/portaal/')).length).toBeGreaterThanOrEqual(atLeast);
    const page = await app.browser.newPage({ viewport: { width: 375, height: 800 } });
    await logInByKeyboard(page, app.url, account().email, TEST_PASSWORD);
    const found = nothingFound();
    for (const path of pages.filter((_, i) => i % parts === part - 1)) {
      const response = await page.goto(`${app.url}${path}`);
      expect(response?.status(), path).toBeLessThan(400);
      await fitsTheScreen(page, path, found);
    }
    expect(found.overflowing).toEqual([]);
    await page.close();
  });

  it('on a 1280 px desktop the report money table shows every column, and the controls have their spacing and indicators', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logInByKeyboard(page, app.url, site.consortia[1]!.coordinator.email, TEST_PASSWORD);
    await page.goto(`${app.url}/portaal/rapportages/${site.draftReportId}`);
    const box = page.locator('.pps-table-scroll:has(input[name^="realisatie."])');
    const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth, 'the money table scrolls inside its box at 1280 px').toBeLessThanOrEqual(clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const style = (selector: string) => page.locator(selector).first().evaluate((el) => {
      const cs = getComputedStyle(el);
      return { paddingLeft: parseFloat(cs.paddingLeft), paddingRight: parseFloat(cs.paddingRight), backgroundImage: cs.backgroundImage };
    });
    const button = await style('main button.utrecht-button');
    const input = await style('main input.utrecht-textbox');
    await page.goto(`${app.url}/pps`);
    const select = await style('main select.utrecht-select');
    expect(button.paddingLeft).toBeGreaterThanOrEqual(12);
    expect(input.paddingLeft).toBeGreaterThanOrEqual(8);
    expect(select.paddingRight, 'room for the arrow').toBeGreaterThanOrEqual(32);
    expect(select.backgroundImage, 'the select shows an arrow').toContain('url(');
    for (const path of ['/dashboard', '/kaart', `/consortia/${site.consortia[0]!.slug}`]) {
      await page.goto(`${app.url}${path}`);
      for (const chart of await measureChartText(page)) expect(chart.smallestPx, `${path} ${chart.src}`).toBeGreaterThanOrEqual(12);
    }
    await page.close();
  });
});

/** The element that sticks out furthest, to say where the overflow comes from. */
function widestElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    let worst = { right: 0, name: '' };
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const right = el.getBoundingClientRect().right;
      if (right > worst.right) worst = { right, name: `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')}` };
    }
    return `${worst.name} to ${Math.round(worst.right)}`;
  });
}

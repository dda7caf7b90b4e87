import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, describeViolations, launchBrowser, scanAccessibility, startTestServer } from '../helpers/browser.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

/** Presses Tab until the focused element matches (a keyboard user's way to reach it). */
async function tabTo(page: Page, matches: (el: { tag: string; id: string; text: string }) => boolean): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName.toLowerCase() ?? '', id: a?.id ?? '', text: a?.textContent?.trim() ?? '' };
    });
    if (matches(el)) return;
  }
  throw new Error('element not reachable with Tab');
}

async function expectAccessible(page: Page) {
  expect(await page.locator('h1').count()).toBe(1);
  const violations = await scanAccessibility(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describeBrowser('portal login in Chromium', () => {
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

  it('logs in with the keyboard only, opens the audit log and signs out, every page without axe-core violations', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/portaal`);
    await page.waitForURL(`${server.url}/inloggen?terug=%2Fportaal`);
    await expectAccessible(page);

    await tabTo(page, (el) => el.id === 'email');
    await page.keyboard.type('programmabureau@voorbeeld.nl');
    await page.keyboard.press('Tab');
    await page.keyboard.type('een fout wachtwoord');
    await page.keyboard.press('Enter');
    await page.waitForLoadState();
    expect(await page.locator('.pps-error-summary').innerText()).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(await page.locator('#email').inputValue()).toBe('programmabureau@voorbeeld.nl');
    await expectAccessible(page);

    await tabTo(page, (el) => el.id === 'password');
    await page.keyboard.type('demo-wachtwoord-2026');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/portaal`);
    expect(await page.locator('h1').innerText()).toBe('Portaal');
    await expectAccessible(page);

    await tabTo(page, (el) => el.tag === 'a' && el.text === 'Auditlog');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/portaal/audit`);
    expect(await page.locator('h1').innerText()).toBe('Auditlog');
    expect(await page.locator('table caption').innerText()).toMatch(/^Wijzigingen \(\d+\)/);
    await expectAccessible(page);

    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Uitloggen');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/inloggen?melding=uitgelogd`);
    expect(await page.locator('[role=status]').innerText()).toContain('U bent uitgelogd.');
    await page.goto(`${server.url}/portaal/audit`);
    expect(new URL(page.url()).pathname).toBe('/inloggen');
  });

  it('has accessible users and outbox pages for the office', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/inloggen`);
    await page.getByLabel('E-mailadres').fill('programmabureau@voorbeeld.nl');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('demo-wachtwoord-2026');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${server.url}/portaal`);
    for (const path of ['/portaal/gebruikers', '/portaal/outbox', '/wachtwoord-vergeten']) {
      await page.goto(`${server.url}${path}`);
      await expectAccessible(page);
    }
  });
});

import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { setUserActive } from '../../src/services/users/set-user-active.ts';
import { describeBrowser, describeViolations, scanAccessibility, useBrowserApp } from '../helpers/browser.ts';
import { createProgramme, createUser, TEST_PASSWORD, type TestUser } from '../helpers/factories.ts';
import { logInByKeyboard } from '../helpers/keyboard.ts';

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
  // An office account of our own, and one change it made through the use-case (so one audit row): blocking an applicant.
  let office: TestUser;
  let blocked: TestUser;
  const app = useBrowserApp({
    seed: async (db) => {
      office = (await createProgramme(db)).office;
      blocked = await createUser(db, { role: 'aanvrager' });
      await setUserActive({ db, actor: office.actor }, { userId: blocked.id, isActive: false });
    },
  });

  // Signing in, and what comes after it, are tests of their own so neither nears its time limit.
  it('logs in with the keyboard only after a wrong password, every page without axe-core violations', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/portaal`);
    await page.waitForURL(`${app.url}/inloggen?terug=%2Fportaal`);
    await expectAccessible(page);

    await tabTo(page, (el) => el.id === 'veld-email');
    await page.keyboard.type(office.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('een fout wachtwoord');
    await page.keyboard.press('Enter');
    await page.waitForLoadState();
    expect(await page.locator('.pps-error-summary').innerText()).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(await page.locator('#veld-email').inputValue()).toBe(office.email);
    await expectAccessible(page);

    await tabTo(page, (el) => el.id === 'veld-password');
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.url}/portaal`);
    expect(await page.locator('h1').innerText()).toBe('Portaal');
    await expectAccessible(page);
    await page.close();
  });

  it('opens the audit log and signs out with the keyboard only', async () => {
    const page = await app.browser.newPage();
    await logInByKeyboard(page, app.url, office.email, TEST_PASSWORD);
    await tabTo(page, (el) => el.tag === 'a' && el.text === 'Auditlog');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.url}/portaal/audit`);
    expect(await page.locator('h1').innerText()).toBe('Auditlog');
    expect(await page.locator('table caption').innerText()).toMatch(/^Wijzigingen \(1\)/);
    const entry = await page.locator('table tbody tr').allInnerTexts();
    expect(entry).toHaveLength(1);
    expect(entry[0]).toContain('users');
    await expectAccessible(page);

    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Uitloggen');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.url}/inloggen?melding=uitgelogd`);
    expect(await page.locator('[role=status]').innerText()).toContain('U bent uitgelogd.');
    await page.goto(`${app.url}/portaal/audit`);
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await page.close();
  });

  it('has accessible users and outbox pages for the office', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.getByLabel('E-mailadres').fill(office.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${app.url}/portaal`);
    for (const path of ['/portaal/gebruikers', '/portaal/outbox', '/wachtwoord-vergeten']) {
      await page.goto(`${app.url}${path}`);
      if (path === '/portaal/gebruikers') expect(await page.locator('main').innerText()).toContain(blocked.email);
      await expectAccessible(page);
    }
  });
});

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { describeViolations, scanAccessibility } from './browser.ts';

// What a keyboard user does in the browser journeys, and the axe-core check after each step.

export async function expectAccessible(page: Page): Promise<void> {
  const violations = await scanAccessibility(page);
  expect(violations, `${page.url()}\n${describeViolations(violations)}`).toEqual([]);
}

/** Focus a control and press Enter, as a keyboard user does after tabbing to it; waits for the page it loads. */
export async function activate(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().focus();
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
}

/** Replace a field's text by typing, as a keyboard user does. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Sign in on /inloggen by keyboard and wait for the portal. */
export async function logInByKeyboard(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/inloggen`);
  await typeInto(page, '#veld-email', email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await Promise.all([page.waitForURL(/\/portaal/), page.keyboard.press('Enter')]);
}

import { desc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { outbox } from '../../src/db/schema/index.ts';
import { knowledgeMessages } from '../../src/i18n/knowledge.ts';
import { describeBrowser, useBrowserApp } from '../helpers/browser.ts';
import { activate, expectAccessible, typeInto } from '../helpers/keyboard.ts';
import { createSite, type TestSite } from '../helpers/site-factory.ts';

// #11's journey, keyboard only with axe-core on every page: search the kennisbank, open the event, register,
// and cancel through the link in the confirmation mail (read from the outbox, as the mail would arrive).
// Two tests, so neither nears its time limit: finding the event, and registering for it and cancelling.
describeBrowser('kennisbank and event registration by keyboard', () => {
  let site: TestSite;
  const app = useBrowserApp({ seed: async (db) => { site = await createSite(db); } });
  const t = knowledgeMessages('nl');

  it('searches the kennisbank with Dutch stemming and opens the event', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/kennisbank`);
    await expectAccessible(page);

    await typeInto(page, '#q', 'kennisdagen');
    await Promise.all([page.waitForURL(/[?&]q=kennisdagen/), page.keyboard.press('Enter')]);
    const results = page.locator(`main a[href="/kennisbank/${site.event.slug}"]`);
    expect(await results.count(), 'Dutch stemming finds "kennisdag" for "kennisdagen"').toBeGreaterThan(0);
    await expectAccessible(page);

    await activate(page, `main a[href="/kennisbank/${site.event.slug}"]`);
    expect(await page.locator('h1').innerText()).toBe('Kennisdag publiek-private samenwerking');
    await expectAccessible(page);
    expect(await page.locator(`main a[href="/aanmelden/${site.event.slug}"]`).count()).toBe(1);
    await page.close();
  });

  it('registers for the event and cancels through the mailed link, which works once', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/kennisbank/${site.event.slug}`);
    await activate(page, `main a[href="/aanmelden/${site.event.slug}"]`);
    await expectAccessible(page);
    await typeInto(page, '#veld-name', 'Anna de Vries');
    await typeInto(page, '#veld-email', 'anna@example.org');
    await typeInto(page, '#veld-organisation', 'ROC Test');
    await Promise.all([page.waitForURL(/melding=/), page.keyboard.press('Enter')]);
    expect(await page.locator('main').innerText()).toContain(t.registeredTitle);
    await expectAccessible(page);

    const [mail] = await app.database.db.select({ body: outbox.body }).from(outbox)
      .where(eq(outbox.recipient, 'anna@example.org')).orderBy(desc(outbox.id)).limit(1);
    const cancelPath = /\/afmelden\/[A-Za-z0-9_-]+/.exec(mail?.body ?? '')?.[0];
    expect(cancelPath, 'the confirmation mail holds a cancellation link').toBeDefined();
    await page.goto(`${app.url}${cancelPath}`);
    expect(await page.locator('h1').innerText()).toBe(t.cancelTitle);
    await expectAccessible(page);
    await activate(page, 'main form button[type="submit"]');
    expect(await page.locator('main').innerText()).toContain(t.cancelledText);
    await expectAccessible(page);

    // The link works once: opened again, it says the registration is already cancelled.
    await page.goto(`${app.url}${cancelPath}`);
    expect(await page.locator('main').innerText()).toContain(t.alreadyCancelled);
    await page.close();
  });
});

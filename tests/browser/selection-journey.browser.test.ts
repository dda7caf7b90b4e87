import { eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { users } from '../../src/db/schema/index.ts';
import { formatEuro } from '../../src/domain/format.ts';
import { hashPassword } from '../../src/services/auth/password-hash.ts';
import { createApplication } from '../../src/services/applications/create-application.ts';
import { recordEligibility } from '../../src/services/applications/record-eligibility.ts';
import { saveApplication } from '../../src/services/applications/save-application.ts';
import { submitApplication } from '../../src/services/applications/submit-application.ts';
import { assignAssessor } from '../../src/services/assessments/assign-assessor.ts';
import { openRound } from '../../src/services/rounds/open-round.ts';
import { describeBrowser, useBrowserApp } from '../helpers/browser.ts';
import { activate, expectAccessible, logInByKeyboard, typeInto } from '../helpers/keyboard.ts';
import { content, createSelectionFixture } from '../helpers/selection-factory.ts';

// The selection as its people do it, keyboard only, axe-core on every page: declare, score, rank, decide, publish.
const PASSWORD = 'selectie-wachtwoord-2026';

describeBrowser('selection journey in Chromium', () => {
  let f: Awaited<ReturnType<typeof createSelectionFixture>>;
  // A programme of its own with a round, criteria and people (no demo).
  const app = useBrowserApp({ seed: async (db) => { f = await createSelectionFixture(db, { budget: 12_000_000 }); } });

  it('an assessor declares, scores and submits; the office ranks and decides; the public round page shows the award', async () => {
    const db = app.database.db;
    const passwordHash = await hashPassword(PASSWORD);
    await db.update(users).set({ passwordHash }).where(inArray(users.id, [f.office.userId, f.assessor1.userId]));
    const office = { db, actor: f.office };
    const now = new Date('2023-04-01T10:00:00Z');
    await openRound(office, { roundId: f.roundId });
    const { id, reference } = await createApplication(office, { roundId: f.roundId, leadOrganisationId: f.lead, title: 'Toets Techniekpact' });
    const saved = await saveApplication(office, { applicationId: id, version: 1, content: { ...content(f, 5_000_000, 6_000_000), title: 'Toets Techniekpact' } });
    await submitApplication(office, { applicationId: id, version: saved.version, now });
    await recordEligibility(office, { applicationId: id, version: saved.version + 1, decision: { eligible: true } });
    await assignAssessor(office, { applicationId: id, assessorUserId: f.assessor1.userId, dueOn: '2023-05-30' });
    const [assessor] = await db.select({ email: users.email }).from(users).where(eq(users.id, f.assessor1.userId));

    const page = await app.browser.newPage();
    page.setDefaultTimeout(8000);
    await logInByKeyboard(page, app.url, assessor!.email, PASSWORD);
    await expectAccessible(page);
    expect(await page.locator('section[aria-labelledby="mijn-beoordelingen"] table').textContent()).toContain('Verklaring nodig');
    await activate(page, `a:has-text("${reference}")`);
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).not.toContain('Wij schalen op.');
    await activate(page, 'button[value="nee"]');
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).toContain('Wij schalen op.');
    const scoreFields = page.locator('input[name^="score."]');
    for (let i = 0; i < 4; i++) {
      await scoreFields.nth(i).focus();
      await page.keyboard.type(String(i === 0 ? 5 : 4));
      await page.keyboard.press('Tab');
      await page.keyboard.type(`Sterk onderbouwd plan, punt ${i + 1}.`);
    }
    await activate(page, 'button:has-text("Beoordeling indienen")');
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).toContain('De beoordeling is ingediend.');
    await page.close();

    const officePage = await app.browser.newPage();
    officePage.setDefaultTimeout(8000);
    await logInByKeyboard(officePage, app.url, 'office@test.nl', PASSWORD);
    await activate(officePage, `a[href="/portaal/rondes/${f.roundId}/rangschikking"]`);
    await expectAccessible(officePage);
    const table = await officePage.locator('main table').first().textContent();
    expect(table).toContain(reference);
    expect(await officePage.locator('main').textContent()).toContain(`er blijft ${formatEuro(7_000_000, 'nl')} over`);
    await typeInto(officePage, `#veld-${id}-bedrag`, '4500000');
    await activate(officePage, `section[aria-labelledby="besluit-${id}"] button`);
    await expectAccessible(officePage);
    expect(await officePage.locator('main').textContent()).toContain('Het besluit is vastgelegd.');
    await activate(officePage, 'a:has-text("Besluitbrief")');
    await expectAccessible(officePage);
    expect(await officePage.locator('main').textContent()).toContain(`Wij kennen u een subsidie toe van ${formatEuro(4_500_000, 'nl')}`);

    await officePage.goto(`${app.url}/rondes/${f.roundId}`);
    await expectAccessible(officePage);
    const publicText = await officePage.locator('main').textContent();
    expect(publicText).toContain('Toets Techniekpact');
    expect(publicText).toContain(formatEuro(4_500_000, 'nl'));
    expect(publicText).not.toContain('Sterk onderbouwd plan');
    await officePage.close();
  }, 150_000);
});

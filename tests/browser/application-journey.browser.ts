import { inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { users } from '../../src/db/schema/index.ts';
import { hashPassword } from '../../src/services/auth/password-hash.ts';
import { createApplication } from '../../src/services/applications/create-application.ts';
import { saveApplication } from '../../src/services/applications/save-application.ts';
import { submitApplication } from '../../src/services/applications/submit-application.ts';
import { openRound } from '../../src/services/rounds/open-round.ts';
import { describeBrowser, useBrowserApp } from '../helpers/browser.ts';
import { activate, expectAccessible, logInByKeyboard, typeInto } from '../helpers/keyboard.ts';
import { content, createSelectionFixture } from '../helpers/selection-factory.ts';

// The applicant applies and the office takes an application in, keyboard only, axe-core on every page.
// Three tests on data of their own, so none waits for another or nears its time limit: starting a draft;
// filling in a draft made in the seed, a rule failing and the application submitted; the office taking in an
// application submitted in the seed.
const PASSWORD = 'aanvraag-wachtwoord-2026';
const SUBMITTED = 'Zorg Samen Verder';

describeBrowser('application journey in Chromium', () => {
  const today = new Date();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  let f: Awaited<ReturnType<typeof createSelectionFixture>>;
  let submittedId = 0;
  let draftId = 0;
  // A round open today, of a programme of its own (no demo).
  const app = useBrowserApp({
    seed: async (db) => {
      f = await createSelectionFixture(db, { opensOn: iso(new Date(today.getTime() - 86_400_000)), closesOn: iso(new Date(today.getTime() + 30 * 86_400_000)) });
      await db.update(users).set({ passwordHash: await hashPassword(PASSWORD) }).where(inArray(users.id, [f.office.userId, f.applicant.userId]));
      const office = { db, actor: f.office };
      await openRound(office, { roundId: f.roundId });
      const { id } = await createApplication(office, { roundId: f.roundId, leadOrganisationId: f.otherSchool, title: SUBMITTED });
      const saved = await saveApplication(office, { applicationId: id, version: 1, content: { ...content(f, 4_000_000, 5_000_000), title: SUBMITTED } });
      await submitApplication(office, { applicationId: id, version: saved.version, now: today });
      submittedId = id;
      ({ id: draftId } = await createApplication({ db, actor: f.applicant }, { roundId: f.roundId, leadOrganisationId: f.lead, title: 'Groene Techniek Samen' }));
    },
  });

  it('an applicant starts a draft from the applications page', async () => {
    const page = await app.browser.newPage();
    page.setDefaultTimeout(8000);
    await logInByKeyboard(page, app.url, 'applicant@test.nl', PASSWORD);
    await activate(page, 'nav a[href="/portaal/aanvragen"]');
    await expectAccessible(page);
    await typeInto(page, '#veld-titel', 'Slimme Zorg Regio');
    await activate(page, 'button:has-text("Aanvraag starten")');
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).toContain('De aanvraag is aangemaakt');
    expect(await page.locator('#veld-titel').inputValue()).toBe('Slimme Zorg Regio');
    await page.close();
  });

  it('an applicant fills in a draft, sees a rule fail, corrects it and submits', async () => {
    const year = today.getUTCFullYear();
    const cell = (source: string) => `#veld-begroting-${f.actionLineIds[0]}-${year}-${source}`;

    const page = await app.browser.newPage();
    page.setDefaultTimeout(8000);
    await logInByKeyboard(page, app.url, 'applicant@test.nl', PASSWORD);
    await activate(page, `a[href="/portaal/aanvragen/${draftId}"]`);
    expect(await page.locator('#veld-titel').inputValue()).toBe('Groene Techniek Samen');

    await typeInto(page, '#veld-partnerzoek', 'Bedrijf Test');
    await activate(page, 'button[value="zoeken"]');
    await expectAccessible(page);
    await page.locator('input[name="partners"]').first().focus();
    await page.keyboard.press('Space');
    await page.locator('#veld-provincies').focus();
    await page.keyboard.press('Space');
    await typeInto(page, cell('ngf_subsidie'), '9.500.000');
    await typeInto(page, cell('bedrijfsleven'), '10.000.000');
    await activate(page, 'button[value="opslaan"]');
    await expectAccessible(page);
    const rules = (await page.locator('#regeltoets + p + ul').textContent())!.replace(/\u00a0/g, ' ');
    expect(rules).toContain('Voldoet niet: De gevraagde subsidie is € 9,5 mln; het maximum per aanvraag is € 9 mln.');

    await typeInto(page, cell('ngf_subsidie'), '8.000.000');
    await activate(page, 'button[value="indienen"]');
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).toContain('De aanvraag is ingediend.');
    expect(await page.locator('#veld-titel').count()).toBe(0);
    await page.close();
  });

  it('the office records a submitted application as eligible and assigns an assessor', async () => {
    const year = today.getUTCFullYear();
    const office = await app.browser.newPage();
    office.setDefaultTimeout(8000);
    await logInByKeyboard(office, app.url, 'office@test.nl', PASSWORD);
    await activate(office, 'nav a[href="/portaal/bureau/rondes"]');
    await expectAccessible(office);
    await activate(office, `a[href="/portaal/bureau/rondes/${f.roundId}"]`);
    await expectAccessible(office);
    expect(await office.locator('main table').first().textContent()).toContain(SUBMITTED);
    await activate(office, `form[action$="/aanvragen/${submittedId}/ontvankelijkheid"] button[value="ja"]`);
    await expectAccessible(office);
    expect(await office.locator('main').textContent()).toContain('De ontvankelijkheid is vastgelegd.');
    const due = office.locator(`input[type="date"][name="${submittedId}.uiterlijk"]`);
    await due.focus();
    await due.fill(`${year + 1}-01-15`);
    await activate(office, `form[action$="/aanvragen/${submittedId}/beoordelaars"] button:has-text("Toewijzen")`);
    await expectAccessible(office);
    const row = office.locator('main table').first().locator('tr', { hasText: SUBMITTED });
    expect(await row.textContent()).toContain(`Verklaring nodig (uiterlijk 15 januari ${year + 1})`);
    await office.close();
  });
});

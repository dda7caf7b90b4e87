import type { Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { programmeRules } from '../../src/db/schema/index.ts';
import { describeBrowser, useBrowserApp } from '../helpers/browser.ts';
import { addReport, createConsortium, createOrganisation, createProgramme, TEST_PASSWORD, type TestConsortium } from '../helpers/factories.ts';
import { activate, expectAccessible, logInByKeyboard } from '../helpers/keyboard.ts';

// A consortium coordinator's import journey, by keyboard where a keyboard user can: template, a new pps,
// its partner, then a budget the locked year refuses. axe-core on the import page in every state shown.
const PPS_NAME = 'Leerwerkplaats Waterstof Eemshaven';
const PPS_SLUG = 'leerwerkplaats-waterstof-eemshaven';

/** Pick the import type by typing its label on the focused select, as keyboard users do. */
async function chooseType(page: Page, typed: string, value: string) {
  await page.locator('#import-soort').focus();
  await page.keyboard.type(typed);
  expect(await page.locator('#import-soort').inputValue()).toBe(value);
}

/** Choose the file written by the test; a native file dialog cannot be driven, and opening it by Space proved flaky in CI. */
async function chooseFile(page: Page, name: string, content: string) {
  await page.locator('#import-bestand').focus();
  await page.locator('#import-bestand').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
}

/** Type, file, then "Controleren (nog niet inlezen)": the preview page. */
async function check(page: Page, type: { typed: string; value: string }, name: string, content: string) {
  await chooseType(page, type.typed, type.value);
  await chooseFile(page, name, content);
  await activate(page, 'button:has-text("Controleren (nog niet inlezen)")');
  expect(page.url()).toMatch(/\/portaal\/import\/voorbeeld$/);
}

const mainText = (page: Page) => page.locator('main').innerText();
const importButton = (page: Page) => page.locator('button:has-text("Alles inlezen")');

describeBrowser('import journey of a consortium coordinator in Chromium', () => {
  // A consortium of our own in Groningen whose 2025 report is approved, and a company (with a KvK number) that is
  // not yet in any of its pps'en.
  let consortium: TestConsortium;
  let partner: { name: string; kvkNumber: string | null };
  const app = useBrowserApp({
    seed: async (db) => {
      const programme = await createProgramme(db);
      consortium = await createConsortium(db, programme, { ppsAt: ['GM0014'] });
      await addReport(db, programme, consortium, { year: 2025, status: 'goedgekeurd', value: 150 });
      partner = await createOrganisation(db, { name: 'Waterstof Noord Installaties BV', provinceCode: 'PV20' });
      // The budget rules on award, share and change threshold have their own tests; here only the locked year speaks.
      await db.update(programmeRules).set({ value: false }).where(eq(programmeRules.code, 'begroting_binnen_toekenning'));
      await db.update(programmeRules).set({ value: 1 }).where(eq(programmeRules.code, 'max_subsidieaandeel'));
      await db.update(programmeRules).set({ value: 10 }).where(eq(programmeRules.code, 'drempel_wijzigingsverzoek'));
    },
  });

  /** The coordinator signed in by keyboard, on the import page. */
  async function importPage(): Promise<Page> {
    const page = await app.browser.newPage();
    await logInByKeyboard(page, app.url, consortium.coordinator.email, TEST_PASSWORD);
    await page.goto(`${app.url}/portaal/import`);
    expect(await page.locator('h1').innerText()).toBe('Gegevens inlezen');
    return page;
  }

  // Three tests, so none nears its time limit: the template, a new pps and then its partner, a refused budget.
  it('downloads the pps template by keyboard, with the columns the import reads', async () => {
    const page = await importPage();
    await expectAccessible(page);

    const templateLink = page.locator('#sjablonen ~ ul a[href$="/sjablonen/pps.csv"]');
    const href = await templateLink.getAttribute('href');
    expect(href).toBe('/downloads/sjablonen/pps.csv');
    const template = await page.request.get(new URL(href!, page.url()).toString());
    expect(template.status()).toBe(200);
    expect(template.headers()['content-type']).toMatch(/^text\/csv/);
    const templateLines = (await template.text()).replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(templateLines[0]).toBe('consortium;naam;code;opgericht;status;gemeente;sectoren;niveaus;beschrijving;beschrijvingEngels');
    expect(templateLines[1]).toContain('Voorbeeld Energiewerkplaats');
    await templateLink.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('sjabloon-pps.csv');
    expect(await download.failure()).toBeNull();
    await page.close();
  });

  it('imports a new pps from a spreadsheet of its own, then its partner by KvK number; the public pps page follows', async () => {
    const page = await importPage();
    const publicPps = () => page.request.get(`${app.url}/pps/${PPS_SLUG}`);
    const created = page.locator('table', { has: page.locator('caption', { hasText: /^Nieuw \(1\)$/ }) });
    // A new pps from a spreadsheet of our own: other column order, Dutch date, levels in one cell.
    const ppsCsv = [
      'niveaus;gemeente;naam;opgericht;consortium;beschrijving',
      `mbo, hbo;Groningen;${PPS_NAME};01-09-2024;${consortium.slug};Praktijkleren rond waterstof in de Eemshaven.`,
    ].join('\r\n');
    await check(page, { typed: 'pps', value: 'pps' }, 'nieuwe-pps.csv', ppsCsv);
    expect(await page.locator('#voorbeeld').innerText()).toBe('Controle van nieuwe-pps.csv');
    expect(await created.locator('tbody').innerText()).toContain(`${PPS_NAME} (${consortium.slug})`);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect((await publicPps()).status()).toBe(404);
    await expectAccessible(page);

    await activate(page, 'button:has-text("Alles inlezen")');
    expect(page.url()).toMatch(/\/portaal\/import\?ingelezen=1/);
    expect(await page.locator('[role="status"]').innerText()).toBe('Ingelezen: 1 nieuw, 0 gewijzigd.');
    await expectAccessible(page);

    await page.goto(`${app.url}/pps/${PPS_SLUG}`);
    expect(await page.locator('h1').innerText()).toBe(PPS_NAME);
    const facts = await page.locator('.pps-facts').innerText();
    expect(facts).toContain('Groningen');
    expect(facts).toContain('2024');
    expect(facts).toContain('mbo, hbo');

    // Its partner: the seeded company, named in the file with its KvK number.
    expect(partner.kvkNumber).toMatch(/^\d{8}$/);
    await page.goto(`${app.url}/portaal/import`);
    const partnersCsv = ['pps;organisatie;kvk;rol;sinds', `${PPS_SLUG};${partner.name};${partner.kvkNumber};partner;01-09-2024`].join('\r\n');
    await check(page, { typed: 'partners', value: 'partners' }, 'partners.csv', partnersCsv);
    expect(await created.locator('tbody').innerText()).toContain(`${partner.name} in ${PPS_SLUG}`);
    expect(await (await publicPps()).text()).not.toContain(partner.name);
    await activate(page, 'button:has-text("Alles inlezen")');
    expect(await page.locator('[role="status"]').innerText()).toBe('Ingelezen: 1 nieuw, 0 gewijzigd.');

    await page.goto(`${app.url}/pps/${PPS_SLUG}`);
    const members = page.locator('#organisaties ~ * table tbody th[scope="row"], #organisaties ~ table tbody th[scope="row"]');
    expect(await members.allInnerTexts()).toContain(partner.name);
    expect(await page.locator('[data-figure="aantalPartners"]').innerText()).toBe('1');
    await expectAccessible(page);
    await page.close();
  });

  it('refuses a whole budget file with a row for the year whose report is approved, and offers no import', async () => {
    const page = await importPage();
    // A budget with a row for 2025, whose report is approved: the whole file is refused, no import offered.
    const budgetBefore = await (await page.request.get(`${app.url}/downloads/begrotingen.csv`)).text();
    const budgetCsv = [
      'consortium;actielijn;jaar;bron;bedrag',
      `${consortium.slug};AL1;2025;subsidie;€ 700.000`,
      `${consortium.slug};AL1;2026;subsidie;€ 700.000`,
    ].join('\r\n');
    await check(page, { typed: 'begr', value: 'begrotingen' }, 'begroting.csv', budgetCsv);
    const refusals = page.locator('section[aria-labelledby="voorbeeld"] [role="alert"]');
    expect(await refusals.locator('h3').innerText()).toBe('1 regel(s) geweigerd: er wordt niets ingelezen');
    expect(await refusals.locator('li').allInnerTexts()).toEqual([
      `Regel 2, kolom jaar: ${consortium.slug}: De rapportage over 2025 is goedgekeurd; de begroting van dat jaar ligt vast.`,
    ]);
    expect(await mainText(page)).toContain(`${consortium.slug} AL1 2026 ngf_subsidie`);
    expect(await importButton(page).count()).toBe(0);
    await expectAccessible(page);
    expect(await (await page.request.get(`${app.url}/downloads/begrotingen.csv`)).text()).toBe(budgetBefore);
    await page.close();
  });
});

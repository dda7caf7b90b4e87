import { and, desc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { indicators, memberships, programmeRules, progressReports, reportIndicatorValues } from '../../src/db/schema/index.ts';
import { valueField } from '../../src/domain/reports/report-fields.ts';
import { describeBrowser, useBrowserApp } from '../helpers/browser.ts';
import { returnReport } from '../../src/services/reports/return-report.ts';
import { addFundedBudget, addOtherRealisations, addReport, addTargets, createConsortium, createOrganisation, createProgramme, TEST_PASSWORD, type TestConsortium, type TestProgramme } from '../helpers/factories.ts';
import type { Db } from '../../src/db/client.ts';
import { activate, expectAccessible, logInByKeyboard, typeInto } from '../helpers/keyboard.ts';

// The whole reporting cycle as the people do it: keyboard only, axe-core on every portal page visited.
// Five tests, each on its own data, so none nears its time limit: adding a partner, writing and submitting a
// report, and the review of reports submitted in the seed: the office returns one, the coordinator answers one
// returned in the seed, the office approves one.
describeBrowser('progress report journey in Chromium', () => {
  let programme: TestProgramme;
  // Each test has a consortium of its own; a third one's latest approved report is on 2025, as the public figures
  // count it. All made before the app starts, so its response cache holds no figure from before them.
  let journeys: { partner: TestConsortium; report: TestConsortium; returned: TestConsortium; approved: TestConsortium; resubmit: TestConsortium };
  const submitted = { returned: 0, approved: 0, resubmit: 0 };
  const app = useBrowserApp({
    seed: async (db) => {
      programme = await createProgramme(db);
      // The office opens reporting on a year a year early (a new rule version), so the journeys work on any date.
      await db.insert(programmeRules).values({ programmeId: programme.id, code: 'rapportagevenster_dagen', version: 2, value: 366, descriptionNl: 'Rapporteren gedurende het jaar', validFrom: '2023-03-14' });
      const [partner, report, returned, approved, resubmit] = [await withHistory(db), await withHistory(db), await withHistory(db), await withHistory(db), await withHistory(db)];
      journeys = { partner: partner!, report: report!, returned: returned!, approved: approved!, resubmit: resubmit! };
      // Reports on 2026, complete and submitted, as a coordinator leaves them after the report test.
      for (const key of ['returned', 'approved', 'resubmit'] as const) {
        submitted[key] = await addReport(db, programme, journeys[key], { year: 2026, status: 'ingediend', value: 160, realised: 90_000 });
        await addOtherRealisations(db, programme, submitted[key], 0);
      }
      const [{ version }] = await db.select({ version: progressReports.version }).from(progressReports).where(eq(progressReports.id, submitted.resubmit)) as [{ version: number }];
      await returnReport({ db, actor: programme.office.actor }, { reportId: submitted.resubmit, version, note: 'Vul de toelichting bij actielijn 1 aan.' });
    },
  });

  /** A consortium with approved reports on 2023–2025, a funded budget and targets. */
  async function withHistory(db: Db) {
    const consortium = await createConsortium(db, programme, { companiesPerPps: 1 });
    await addFundedBudget(db, programme, consortium, { years: [2023, 2024, 2025, 2026, 2027], amount: 100_000 });
    await addTargets(db, programme, consortium.id, { baseline: 100, target: 300 });
    for (const year of [2023, 2024, 2025]) await addReport(db, programme, consortium, { year, status: 'goedgekeurd', value: 150, realised: 90_000 });
    return consortium;
  }

  /** The public companies figure (from the dashboard download) and the consortium's latest approved companies value. */
  async function companiesFigures(consortium: TestConsortium) {
    const db = app.database.db;
    const [companies] = await db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, 'bedrijven'));
    const realisedCompanies = async () => {
      const csv = await (await fetch(`${app.url}/dashboard/doelen.csv`)).text();
      return Number(csv.split('\r\n').find((line) => line.startsWith('Betrokken bedrijven;'))?.split(';')[2]);
    };
    const before = await realisedCompanies();
    const [latest] = await db.select({ value: reportIndicatorValues.value }).from(reportIndicatorValues)
      .innerJoin(progressReports, eq(progressReports.id, reportIndicatorValues.reportId))
      .where(and(eq(progressReports.consortiumId, consortium.id), eq(reportIndicatorValues.indicatorId, companies!.id), eq(reportIndicatorValues.breakdown, ''), eq(progressReports.status, 'goedgekeurd')))
      .orderBy(desc(progressReports.periodYear)).limit(1);
    return { companies: companies!, realisedCompanies, before, previousLatest: latest?.value ?? 0 };
  }

  it('coordinator searches for an existing organisation and adds it as a partner', async () => {
    const db = app.database.db;
    const firstPps = journeys.partner.pps[0]!;
    // A knowledge institution that is not yet its partner.
    const newPartner = await createOrganisation(db, { kind: 'kennisinstelling', name: `Lectoraat Slimme Netten ${journeys.partner.id}` });
    const coordinatorPage = await app.browser.newPage();
    await logInByKeyboard(coordinatorPage, app.url, journeys.partner.coordinator.email, TEST_PASSWORD);
    await expectAccessible(coordinatorPage);

    // Partner: search before creating, then add the existing organisation.
    const membershipCount = async () => (await db.select({ id: memberships.id }).from(memberships).where(eq(memberships.ppsId, firstPps.id))).length;
    const partnersBefore = await membershipCount();
    await coordinatorPage.goto(`${app.url}/portaal/pps/${firstPps.id}/partners`);
    await expectAccessible(coordinatorPage);
    await typeInto(coordinatorPage, 'input[name="q"]', newPartner.name);
    await Promise.all([coordinatorPage.waitForURL(/q=/), coordinatorPage.keyboard.press('Enter')]);
    await activate(coordinatorPage, `button[aria-label="${newPartner.name} toevoegen als partner"]`);
    expect(await coordinatorPage.locator('main').innerText()).toContain('Toegevoegd.');
    expect(await membershipCount()).toBe(partnersBefore + 1);
    await expectAccessible(coordinatorPage);
    await coordinatorPage.close();
  });

  it('coordinator starts a report, fills it in by keyboard and submits it; the public figures wait for approval', async () => {
    const { companies, realisedCompanies, before } = await companiesFigures(journeys.report);
    const consortiumId = journeys.report.id;
    const coordinatorPage = await app.browser.newPage();
    await logInByKeyboard(coordinatorPage, app.url, journeys.report.coordinator.email, TEST_PASSWORD);

    // Report: start the open period, fill in the companies reached, submit.
    await coordinatorPage.goto(`${app.url}/portaal/consortia/${consortiumId}/rapportages`);
    await expectAccessible(coordinatorPage);
    await activate(coordinatorPage, 'button:has-text("Rapportage starten")');
    const reportId = Number(/rapportages\/(\d+)/.exec(coordinatorPage.url())?.[1]);
    expect(reportId).toBeGreaterThan(0);
    const total = 5_000;
    await typeInto(coordinatorPage, `[name="${valueField(companies.id, '')}"]`, String(total));
    await typeInto(coordinatorPage, `[name="${valueField(companies.id, 'omvang:mkb')}"]`, String(total - 1_000));
    await typeInto(coordinatorPage, `[name="${valueField(companies.id, 'omvang:groot')}"]`, '1000');
    // Every realised-cost cell is required: an explicit 0 is a value.
    for (const cell of await coordinatorPage.locator('input[name^="realisatie."]').all()) {
      await cell.focus();
      await coordinatorPage.keyboard.press('Control+A');
      await coordinatorPage.keyboard.type('0');
    }
    for (const narrative of await coordinatorPage.locator('textarea[name^="toelichting."]').all()) {
      await narrative.focus();
      await coordinatorPage.keyboard.type('Op schema; de activiteiten lopen volgens plan.');
    }
    await activate(coordinatorPage, 'button[name="actie"][value="indienen"]');
    expect(await coordinatorPage.locator('main').innerText()).toMatch(/Status: ingediend/i);
    await expectAccessible(coordinatorPage);
    expect(await realisedCompanies()).toBe(before);
    await coordinatorPage.close();
  });

  it('the office returns a submitted report with a note', async () => {
    const office = await app.browser.newPage();
    await logInByKeyboard(office, app.url, programme.office.email, TEST_PASSWORD);
    await office.goto(`${app.url}/portaal/bureau/rapportages`);
    await expectAccessible(office);
    await office.goto(`${app.url}/portaal/bureau/rapportages/${submitted.returned}`);
    await expectAccessible(office);
    await typeInto(office, 'textarea[name="note"]', 'Licht de daling bij het mkb toe.');
    await activate(office, 'form[action$="/terugsturen"] button[type="submit"]');
    expect(await office.locator('main').innerText()).toMatch(/Status: teruggestuurd/i);
    expect(await office.locator('main').innerText()).toContain('Licht de daling bij het mkb toe.');
    await office.close();
  });

  it('the coordinator reads the office\'s note on a returned report and submits it again', async () => {
    const coordinatorPage = await app.browser.newPage();
    await logInByKeyboard(coordinatorPage, app.url, journeys.resubmit.coordinator.email, TEST_PASSWORD);
    await coordinatorPage.goto(`${app.url}/portaal/rapportages/${submitted.resubmit}`);
    expect(await coordinatorPage.locator('main').innerText()).toContain('Vul de toelichting bij actielijn 1 aan.');
    await expectAccessible(coordinatorPage);
    await activate(coordinatorPage, 'button[name="actie"][value="indienen"]');
    expect(await coordinatorPage.locator('main').innerText()).toMatch(/Status: ingediend/i);
    await coordinatorPage.close();
  });

  it('the office approves a submitted report: the period is locked and the public figures follow', async () => {
    const { realisedCompanies, before, previousLatest } = await companiesFigures(journeys.approved);
    const office = await app.browser.newPage();
    await logInByKeyboard(office, app.url, programme.office.email, TEST_PASSWORD);
    await office.goto(`${app.url}/portaal/bureau/rapportages/${submitted.approved}`);
    await activate(office, 'form[action$="/goedkeuren"] button[type="submit"]');
    expect(await office.locator('main').innerText()).toMatch(/Status: goedgekeurd/i);
    await expectAccessible(office);
    // One consortium's newer year is not added to the others' older one: the public total stays one year's.
    expect(await realisedCompanies()).toBe(before);
    expect(previousLatest).toBeGreaterThan(0);
    const coordinatorPage = await app.browser.newPage();
    await logInByKeyboard(coordinatorPage, app.url, journeys.approved.coordinator.email, TEST_PASSWORD);
    await coordinatorPage.goto(`${app.url}/portaal/rapportages/${submitted.approved}`);
    expect(await coordinatorPage.locator('button[name="actie"][value="indienen"]').count()).toBe(0);
    await office.close();
    await coordinatorPage.close();
  });
});

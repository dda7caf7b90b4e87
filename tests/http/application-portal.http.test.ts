import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as s from '../../src/db/schema/index.ts';
import { createApplication } from '../../src/services/applications/create-application.ts';
import { saveApplication } from '../../src/services/applications/save-application.ts';
import { openRound } from '../../src/services/rounds/open-round.ts';
import { content, createSelectionFixture } from '../helpers/selection-factory.ts';
import { as, createPortalTestApp, TEST_CSRF } from '../helpers/portal-test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

type Fixture = Awaited<ReturnType<typeof createSelectionFixture>>;
const text = async (r: Response) => (await r.text()).replace(/\u00a0/g, ' ');
const IN_WINDOW = new Date('2023-04-01T10:00:00Z');
const AFTER_CLOSING = new Date('2023-04-18T10:00:00Z');

// Each test makes a programme, round and people of its own (the label keeps e-mail addresses and slugs apart), so
// the tests share one database per describe but no rows, and pass alone and in any order.
let fixtures = 0;
const arrangeFixture = (database: TestDatabase) => createSelectionFixture(database.db, { label: `portal-${++fixtures}` });

describe('the applicant fills in and submits an application in the portal (HTTP)', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createPortalTestApp>;
  // The same portal a day after the round closed: a clock of its own instead of one test moving a shared clock.
  let lateApp: ReturnType<typeof createPortalTestApp>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = createPortalTestApp(database.db, () => IN_WINDOW);
    lateApp = createPortalTestApp(database.db, () => AFTER_CLOSING);
  });
  afterAll(() => database?.dispose());

  /** An open round of the test's own. */
  const arrangeRound = async () => {
    const f = await arrangeFixture(database);
    await openRound({ db: database.db, actor: f.office }, { roundId: f.roundId });
    return f;
  };
  /** An open round with an empty draft of the applicant's own organisation, started through the use-case ('starts an application…' starts one through the form). */
  const arrangeDraft = async () => {
    const f = await arrangeRound();
    const { id } = await createApplication({ db: database.db, actor: f.applicant }, { roundId: f.roundId, leadOrganisationId: f.lead, title: 'Opschaling techniek' });
    return { f, applicationId: id };
  };

  const versionOf = async (applicationId: number) => (await database.db.select({ v: s.applications.version }).from(s.applications).where(eq(s.applications.id, applicationId)))[0]!.v;
  const cell = (f: Fixture, source: string) => `begroting.${f.actionLineIds[0]}.2024.${source}`;
  const draft = async (f: Fixture, applicationId: number, extra: Record<string, string | string[]> = {}) => ({
    _csrf: TEST_CSRF, version: String(await versionOf(applicationId)), titel: 'Opschaling techniek', ppsen: 'Pps Noord\nPps Zuid', provincies: ['PV26', 'PV27'],
    sectoren: ['energie'], partners: [String(f.company)], [cell(f, 'ngf_subsidie')]: '4.000.000', [cell(f, 'bedrijfsleven')]: '5.000.000',
    [`plan.${f.actionLineIds[0]}`]: 'Wij schalen op in de regio.', actie: 'opslaan', ...extra,
  });

  it('starts an application in the open round for the applicant’s own organisation only', async () => {
    const f = await arrangeRound();
    const list = await text(await app.request('/portaal/aanvragen', as(f.applicant)));
    expect(list).toContain('Testronde (sluit op');
    expect(list).toContain('ROC Test');
    expect(list).not.toContain('Andere School');
    const refused = await app.request('/portaal/aanvragen', as(f.applicant, { _csrf: TEST_CSRF, ronde: String(f.roundId), penvoerder: String(f.otherSchool), titel: 'Niet van mij' }));
    expect(refused.status).toBe(403);
    const created = await app.request('/portaal/aanvragen', as(f.applicant, { _csrf: TEST_CSRF, ronde: String(f.roundId), penvoerder: String(f.lead), titel: 'Opschaling techniek' }));
    expect(created.status).toBe(303);
    const applicationId = Number(/aanvragen\/(\d+)/.exec(created.headers.get('location')!)![1]);
    expect(created.headers.get('location')).toContain('melding=aangemaakt');
    const [row] = await database.db.select({ status: s.applications.status, lead: s.applications.leadOrganisationId }).from(s.applications).where(eq(s.applications.id, applicationId));
    expect(row).toEqual({ status: 'concept', lead: f.lead });
  });

  it('finds a partner by name, keeping the draft, and saves the whole form', async () => {
    const { f, applicationId } = await arrangeDraft();
    const search = await app.request(`/portaal/aanvragen/${applicationId}`, as(f.applicant, await draft(f, applicationId, { partners: [], actie: 'zoeken', partnerzoek: 'Bedrijf' })));
    expect(search.status).toBe(303);
    const page = await text(await app.request(search.headers.get('location')!.replace(/#.*/, ''), as(f.applicant)));
    expect(page).toContain('Bedrijf Test BV');
    expect(page).toContain('value="Opschaling techniek"');
    const saved = await app.request(`/portaal/aanvragen/${applicationId}`, as(f.applicant, await draft(f, applicationId)));
    expect(saved.status).toBe(303);
    const html = await text(await app.request(`/portaal/aanvragen/${applicationId}`, as(f.applicant)));
    expect(html).toContain('value="4.000.000"');
    expect(html).toContain('€ 9.000.000');
    expect(html).toContain('Voldoet:</strong> De gevraagde subsidie is € 4 mln; het maximum per aanvraag is € 9 mln.');
  });

  it('shows a failing rule as the applicant saves, and refuses submission while it fails', async () => {
    const { f, applicationId } = await arrangeDraft();
    const over = await draft(f, applicationId, { [cell(f, 'ngf_subsidie')]: '9.400.000', [cell(f, 'bedrijfsleven')]: '10.000.000' });
    expect((await app.request(`/portaal/aanvragen/${applicationId}`, as(f.applicant, over))).status).toBe(303);
    const html = await text(await app.request(`/portaal/aanvragen/${applicationId}`, as(f.applicant)));
    expect(html).toContain('Voldoet niet:</strong> <a class="utrecht-link" href="#veld-gevraagdBedrag">De gevraagde subsidie is € 9,4 mln; het maximum per aanvraag is € 9 mln.</a>');
    const submit = await app.request(`/portaal/aanvragen/${applicationId}`, as(f.applicant, await draft(f, applicationId, { ...over, actie: 'indienen', version: String(await versionOf(applicationId)) })));
    expect(submit.status).toBe(400);
    expect(await text(submit)).toContain('niet ingediend');
    const [row] = await database.db.select({ status: s.applications.status }).from(s.applications).where(eq(s.applications.id, applicationId));
    expect(row!.status).toBe('concept');
  });

  it('words the rules in English on /en', async () => {
    const { f, applicationId } = await arrangeDraft();
    // A saved draft asking 9,4 mln, over the maximum ('shows a failing rule…' saves the same through the form).
    await saveApplication({ db: database.db, actor: f.applicant }, { applicationId, version: 1, content: content(f, 9_400_000, 10_000_000) });
    const html = await text(await app.request(`/en/portaal/aanvragen/${applicationId}`, as(f.applicant)));
    expect(html).toContain('Check against the rules');
    expect(html).toContain('The requested grant is €9.4m; the maximum per application is €9m.');
  });

  it('words a refused save in English on /en', async () => {
    const { f, applicationId } = await arrangeDraft();
    const bad = await app.request(`/en/portaal/aanvragen/${applicationId}`, as(f.applicant, await draft(f, applicationId, { [cell(f, 'ngf_subsidie')]: '12x', titel: 'x' })));
    expect(bad.status).toBe(400);
    const html = await text(bad);
    expect(html).toContain('The application has not been saved: correct the marked fields.');
    expect(html).toContain('Enter an amount in whole euros, 0 or more.');
    expect(html).not.toContain('niet opgeslagen');
  });

  it('refuses an unreadable amount and keeps the stored draft as it was', async () => {
    const { f, applicationId } = await arrangeDraft();
    const before = await versionOf(applicationId);
    const bad = await app.request(`/portaal/aanvragen/${applicationId}`, as(f.applicant, await draft(f, applicationId, { [cell(f, 'ngf_subsidie')]: '12x' })));
    expect(bad.status).toBe(400);
    const html = await text(bad);
    expect(html).toContain('De aanvraag is niet opgeslagen');
    expect(html).toContain(`href="#veld-begroting-${f.actionLineIds[0]}-2024-ngf_subsidie"`);
    expect(html).toContain('value="12x"');
    expect(await versionOf(applicationId)).toBe(before);
  });

  it('keeps other people out: another applicant, an assessor', async () => {
    const { f, applicationId } = await arrangeDraft();
    expect((await app.request(`/portaal/aanvragen/${applicationId}`, as(f.otherApplicant))).status).toBe(403);
    expect((await app.request(`/portaal/aanvragen/${applicationId}`, as(f.assessor1))).status).toBe(403);
    expect((await app.request('/portaal/aanvragen', as(f.assessor1))).status).toBe(403);
  });

  it('submits a compliant application, after which it is read-only; after the closing date nothing is submitted', async () => {
    const { f, applicationId } = await arrangeDraft();
    const ok = await app.request(`/portaal/aanvragen/${applicationId}`, as(f.applicant, await draft(f, applicationId, { actie: 'indienen' })));
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toContain('melding=ingediend');
    const html = await text(await app.request(`/portaal/aanvragen/${applicationId}`, as(f.applicant)));
    expect(html).toContain('kan niet meer worden gewijzigd');
    expect(html).not.toContain('name="titel"');

    const created = await app.request('/portaal/aanvragen', as(f.applicant, { _csrf: TEST_CSRF, ronde: String(f.roundId), penvoerder: String(f.lead), titel: 'Te laat' }));
    const lateId = Number(/aanvragen\/(\d+)/.exec(created.headers.get('location')!)![1]);
    const late = await lateApp.request(`/portaal/aanvragen/${lateId}`, as(f.applicant, await draft(f, lateId, { actie: 'indienen' })));
    expect(late.status).toBe(400);
    expect(await text(late)).toContain('De ronde is gesloten');
  });
});

describe('the office runs a round in the portal (HTTP)', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createPortalTestApp>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = createPortalTestApp(database.db, () => IN_WINDOW);
  });
  afterAll(() => database?.dispose());

  it('plans a round with checked fields and opens it, fixing its rules', async () => {
    const f = await arrangeFixture(database);
    const bad = await app.request('/portaal/bureau/rondes', as(f.office, { _csrf: TEST_CSRF, naam: 'Ronde 2027', opent: '20-03-2027', sluit: '2027-04-17', budget: '50.000.000' }));
    expect(bad.status).toBe(400);
    expect(await text(bad)).toContain('Vul een datum in als 2027-03-20.');
    const ok = await app.request('/portaal/bureau/rondes', as(f.office, { _csrf: TEST_CSRF, naam: 'Ronde 2027', opent: '2027-03-20', sluit: '2027-04-17', budget: '50.000.000' }));
    expect(ok.status).toBe(303);
    const [round] = await database.db.select({ id: s.rounds.id, budget: s.rounds.budget, status: s.rounds.status }).from(s.rounds).where(eq(s.rounds.name, 'Ronde 2027'));
    expect(round).toMatchObject({ budget: 50_000_000, status: 'gepland' });
    expect((await app.request(`/portaal/bureau/rondes/${f.roundId}/openen`, as(f.office, { _csrf: TEST_CSRF }))).status).toBe(303);
    expect((await database.db.select({ id: s.roundRules.programmeRuleId }).from(s.roundRules).where(eq(s.roundRules.roundId, f.roundId))).length).toBeGreaterThan(0);
    expect(await text(await app.request('/portaal/bureau/rondes', as(f.office)))).toContain('Rangschikking en besluiten');
    expect((await app.request('/portaal/bureau/rondes', as(f.applicant))).status).toBe(403);
  });

  it('records eligibility with reasons and assigns an assessor once', async () => {
    // The round opened through the use-case ('plans a round…' opens one through the form).
    const f = await arrangeFixture(database);
    await openRound({ db: database.db, actor: f.office }, { roundId: f.roundId });
    const applicant = await app.request('/portaal/aanvragen', as(f.applicant, { _csrf: TEST_CSRF, ronde: String(f.roundId), penvoerder: String(f.lead), titel: 'Voor het bureau' }));
    const id = Number(/aanvragen\/(\d+)/.exec(applicant.headers.get('location')!)![1]);
    const form = {
      _csrf: TEST_CSRF, version: '1', titel: 'Voor het bureau', provincies: ['PV26'], partners: [String(f.company)], actie: 'indienen',
      [`begroting.${f.actionLineIds[0]}.2024.ngf_subsidie`]: '1.000.000', [`begroting.${f.actionLineIds[0]}.2024.bedrijfsleven`]: '1.000.000',
    };
    expect((await app.request(`/portaal/aanvragen/${id}`, as(f.applicant, form))).status).toBe(303);
    expect(await text(await app.request('/portaal/aanvragen', as(f.office)))).toContain('Voor het bureau');
    expect(await text(await app.request('/portaal/aanvragen', as(f.otherApplicant)))).not.toContain('Voor het bureau');
    const page = await text(await app.request(`/portaal/bureau/rondes/${f.roundId}`, as(f.office)));
    expect(page).toContain('Voor het bureau');
    expect(page).toContain('Ingediend');

    const noReasons = await app.request(`/portaal/bureau/aanvragen/${id}/ontvankelijkheid`, as(f.office, { _csrf: TEST_CSRF, version: '3', ontvankelijk: 'nee', [`${id}.redenen`]: '' }));
    expect(noReasons.status).toBe(400);
    expect(await text(noReasons)).toContain(`href="#veld-${id}-redenen"`);
    const eligible = await app.request(`/portaal/bureau/aanvragen/${id}/ontvankelijkheid`, as(f.office, { _csrf: TEST_CSRF, version: '3', ontvankelijk: 'ja', [`${id}.redenen`]: '' }));
    expect(eligible.status).toBe(303);

    const assign = { _csrf: TEST_CSRF, [`${id}.beoordelaar`]: String(f.assessor1.userId), [`${id}.uiterlijk`]: '2023-05-30' };
    expect((await app.request(`/portaal/bureau/aanvragen/${id}/beoordelaars`, as(f.office, assign))).status).toBe(303);
    const again = await app.request(`/portaal/bureau/aanvragen/${id}/beoordelaars`, as(f.office, assign));
    expect(again.status).toBe(409);
    const after = await text(await app.request(`/portaal/bureau/rondes/${f.roundId}`, as(f.office)));
    expect(after).toContain('assessor1: Verklaring nodig (uiterlijk 30 mei 2023)');
    expect(after).toContain('Ontvankelijk');
    const stale = await app.request(`/portaal/bureau/aanvragen/${id}/ontvankelijkheid`, as(f.office, { _csrf: TEST_CSRF, version: '3', ontvankelijk: 'ja' }));
    expect(stale.status).toBe(409);
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, progressReports } from '../../src/db/schema/index.ts';
import { FUNDING_SOURCES } from '../../src/domain/enums.ts';
import { realisationField } from '../../src/domain/reports/report-fields.ts';
import { reportValues } from '../../src/routes/portal/report-forms.ts';
import { getConsortiumProfile } from '../../src/services/consortia/get-consortium-profile.ts';
import { readReportContents } from '../../src/services/reports/read-report-contents.ts';
import type { Actor } from '../../src/services/context.ts';
import {
  addAward, addBudget, addReport, addTargets, createConsortium, createOrganisation, createProgramme, type TestConsortium, type TestProgramme,
} from '../helpers/factories.ts';
import { as, createPortalTestApp, TEST_CSRF } from '../helpers/portal-test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

describe('portal pages for consortia, reports and the office (HTTP)', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createPortalTestApp>;
  let programme: TestProgramme;
  let OFFICE: Actor;
  let ASSESSOR: Actor;
  /** A coordinator of a consortium that no test writes to. */
  let outsider: Actor;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = createPortalTestApp(database.db);
    programme = await createProgramme(database.db);
    OFFICE = programme.office.actor;
    ASSESSOR = programme.assessor.actor;
    outsider = (await createConsortium(database.db, programme, { ppsAt: ['GM0014'] })).coordinator.actor;
  });
  /** Each test writes to a consortium of its own. */
  const newConsortium = () => createConsortium(database.db, programme, { ppsAt: ['GM0344'] });
  const coordinatorOf = (consortium: TestConsortium) => consortium.coordinator.actor;
  afterAll(() => database?.dispose());

  const profileForm = async (consortiumId: number) => {
    const p = await getConsortiumProfile({ db: database.db, actor: OFFICE }, { consortiumId });
    return { _csrf: TEST_CSRF, name: p.name, description: p.description, provinceCodes: p.provinceCodes, sectorCodes: p.sectorCodes, levels: p.levels, version: String(p.version) };
  };

  it('shows the profile form to its coordinator with the CSRF field, and refuses others', async () => {
    const consortium = await newConsortium();
    const path = `/portaal/consortia/${consortium.id}/profiel`;
    const res = await app.request(path, as(coordinatorOf(consortium)));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`name="_csrf" value="${TEST_CSRF}"`);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect((await app.request(path, as(outsider))).status).toBe(403);
    expect((await app.request(path, as(ASSESSOR))).status).toBe(403);
    // Anonymous visitors are sent to the login page, with the way back.
    const anonymous = await app.request(path, as(null));
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe(`/inloggen?terug=${encodeURIComponent(path)}`);
  });

  it('re-renders an invalid form with the user’s input and an error summary linking to the field', async () => {
    const consortium = await newConsortium();
    const path = `/portaal/consortia/${consortium.id}/profiel`;
    const form = { ...(await profileForm(consortium.id)), name: '', description: 'Mijn nieuwe tekst' };
    const res = await app.request(path, as(coordinatorOf(consortium), form));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('href="#veld-name"');
    expect(html).toContain('Vul de naam van het consortium in.');
    expect(html).toContain('Mijn nieuwe tekst');
    expect(html).toContain('aria-invalid="true"');
  });

  it('saves, redirects with a message, and refuses a second save from the same version', async () => {
    const consortium = await newConsortium();
    const path = `/portaal/consortia/${consortium.id}/profiel`;
    const form = await profileForm(consortium.id);
    const saved = await app.request(path, as(coordinatorOf(consortium), { ...form, description: 'Eerste' }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${path}?melding=opgeslagen`);
    expect(await (await app.request(saved.headers.get('location')!, as(coordinatorOf(consortium)))).text()).toContain('De wijzigingen zijn opgeslagen.');
    const stale = await app.request(path, as(OFFICE, { ...form, description: 'Tweede' }));
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Iemand anders heeft dit intussen gewijzigd');
    expect(html).toContain('Tweede');
    expect((await getConsortiumProfile({ db: database.db, actor: OFFICE }, { consortiumId: consortium.id })).description).toBe('Eerste');
  });

  it('finds a partner by KvK number and refuses a duplicate with a button to add the existing one', async () => {
    const consortium = await newConsortium();
    const p = consortium.pps[0]!;
    const created = await createOrganisation(database.db, { name: `Zoekbaar Installatiebedrijf ${consortium.id} BV` });
    const org = { ...created, kvk: created.kvkNumber };
    const search = await (await app.request(`/portaal/pps/${p!.id}/partners?q=${org!.kvk}`, as(coordinatorOf(consortium)))).text();
    expect(search).toContain(org!.name);
    const dup = await app.request(`/portaal/pps/${p!.id}/partners/nieuw`, as(coordinatorOf(consortium), { _csrf: TEST_CSRF, q: org!.kvk!, name: 'Kopie BV', kind: 'bedrijf', companySize: 'mkb', kvkNumber: org!.kvk! }));
    expect(dup.status).toBe(409);
    const html = await dup.text();
    expect(html).toContain(`name="organisationId" value="${org!.id}"`);
    expect(html).toContain('href="#veld-kvkNumber"');
    expect(html).toContain('value="Kopie BV"');
    const added = await app.request(`/portaal/pps/${p!.id}/partners`, as(coordinatorOf(consortium), { _csrf: TEST_CSRF, organisationId: String(org!.id) }));
    expect(added.status).toBe(303);
  });

  it('saves a budget cell typed the Dutch way and names an unreadable one', async () => {
    const consortium = await newConsortium();
    // Within the award, and the subsidy at most half of the budget: business matches it.
    await addAward(database.db, consortium, { awarded: 7_000_000 });
    await addBudget(database.db, programme, consortium.id, { years: [2027], amount: 1_234_567 });
    await addBudget(database.db, programme, consortium.id, { years: [2027], amount: 1_234_567, source: 'bedrijfsleven' });
    const [line] = await database.db.select().from(budgetLines)
      .where(and(eq(budgetLines.consortiumId, consortium.id), eq(budgetLines.year, 2027), eq(budgetLines.source, 'ngf_subsidie'))).limit(1);
    const name = `begroting.${line!.actionLineId}.2027.${line!.source}`;
    const version = `versie.${line!.actionLineId}.2027.${line!.source}`;
    const bad = await app.request(`/portaal/consortia/${consortium.id}/begroting`, as(coordinatorOf(consortium), { _csrf: TEST_CSRF, [name]: 'veel', [version]: String(line!.version) }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(`href="#veld-begroting-${line!.actionLineId}-2027-${line!.source}"`);
    // A little less than planned, typed with Dutch thousands separators ("1.234.566"): within every budget rule.
    const typed = (line!.plannedAmount - 1).toLocaleString('nl-NL');
    expect(typed).toContain('.');
    const ok = await app.request(`/portaal/consortia/${consortium.id}/begroting`, as(coordinatorOf(consortium), { _csrf: TEST_CSRF, [name]: typed, [version]: String(line!.version) }));
    expect(ok.status).toBe(303);
    const [after] = await database.db.select({ amount: budgetLines.plannedAmount }).from(budgetLines).where(eq(budgetLines.id, line!.id));
    expect(after?.amount).toBe(line!.plannedAmount - 1);
  });

  it('takes a report from the coordinator’s form through the office’s approval', async () => {
    const consortium = await newConsortium();
    const reportId = await addReport(database.db, programme, consortium, { year: 2025, status: 'concept', value: 120, realised: 50_000 });
    const [r] = await database.db.select({ id: progressReports.id, version: progressReports.version }).from(progressReports).where(eq(progressReports.id, reportId));
    const url = `/portaal/rapportages/${r!.id}`;
    const page = await (await app.request(url, as(coordinatorOf(consortium)))).text();
    expect(page).toContain('Opslaan als concept');
    // The factory realised only the subsidy; the rules ask for every source, so the coordinator fills in 0.
    const zeros = Object.fromEntries(programme.actionLines.flatMap((l) => FUNDING_SOURCES.map((source) => [realisationField(l.id, source), '0'])));
    const values = { ...zeros, ...reportValues(await readReportContents(database.db, r!.id), r!.version) };
    const total = Object.keys(values).find((k) => k.endsWith('.totaal'))!;
    const bad = await app.request(url, as(coordinatorOf(consortium), { ...values, _csrf: TEST_CSRF, [total]: '999999' }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/telt op tot/);
    const submitted = await app.request(url, as(coordinatorOf(consortium), { ...values, _csrf: TEST_CSRF, actie: 'indienen' }));
    expect(submitted.headers.get('location')).toBe(`${url}?melding=ingediend`);

    const status = await (await app.request('/portaal/bureau/rapportages?periode=2025', as(OFFICE))).text();
    expect(status).toContain(`href="/portaal/bureau/rapportages/${r!.id}"`);
    expect((await app.request('/portaal/bureau/rapportages', as(coordinatorOf(consortium)))).status).toBe(403);
    const review = await (await app.request(`/portaal/bureau/rapportages/${r!.id}`, as(OFFICE))).text();
    expect(review).toContain('Rapportage goedkeuren');
    const [current] = await database.db.select({ version: progressReports.version }).from(progressReports).where(eq(progressReports.id, r!.id));
    const noNote = await app.request(`/portaal/bureau/rapportages/${r!.id}/terugsturen`, as(OFFICE, { _csrf: TEST_CSRF, version: String(current!.version), note: '' }));
    expect(noNote.status).toBe(400);
    expect(await noNote.text()).toContain('href="#veld-note"');
    const approved = await app.request(`/portaal/bureau/rapportages/${r!.id}/goedkeuren`, as(OFFICE, { _csrf: TEST_CSRF, version: String(current!.version) }));
    expect(approved.status).toBe(303);
    const locked = await (await app.request(url, as(coordinatorOf(consortium)))).text();
    expect(locked).not.toContain('Opslaan als concept');
    expect(locked).toContain('De periode is afgesloten');
    const refused = await app.request(url, as(coordinatorOf(consortium), { ...values, _csrf: TEST_CSRF, version: String(current!.version + 1) }));
    expect(refused.status).toBe(409);
  });

  it('shows the office the progress view with a worded flag per indicator', async () => {
    // From a baseline of 100 to 300 in 2027: 150 in 2024 is on course, 110 is not.
    for (const value of [150, 110]) {
      const consortium = await newConsortium();
      await addTargets(database.db, programme, consortium.id, { baseline: 100, target: 300 });
      await addReport(database.db, programme, consortium, { year: 2024, status: 'goedgekeurd', value });
    }
    const res = await app.request('/portaal/bureau/voortgang', as(OFFICE));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Niet op koers');
    expect(html).toContain('Op koers');
    expect(html).toContain('90%');
    expect((await app.request('/portaal/bureau/voortgang', as(outsider))).status).toBe(403);
  });
});

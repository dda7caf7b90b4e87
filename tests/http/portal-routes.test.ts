import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, organisations, pps, progressReports } from '../../src/db/schema/index.ts';
import { reportValues } from '../../src/routes/portal/report-forms.ts';
import { getConsortiumProfile } from '../../src/services/consortia/get-consortium-profile.ts';
import { readReportContents } from '../../src/services/reports/read-report-contents.ts';
import { ASSESSOR, coordinatorOf, OFFICE } from '../helpers/actors.ts';
import { as, createPortalTestApp, TEST_CSRF } from '../helpers/portal-test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

describe('portal pages for consortia, reports and the office (HTTP)', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createPortalTestApp>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite', { demo: true });
    app = createPortalTestApp(database.db);
  });
  afterAll(() => database?.dispose());

  const profileForm = async (consortiumId: number) => {
    const p = await getConsortiumProfile({ db: database.db, actor: OFFICE }, { consortiumId });
    return { _csrf: TEST_CSRF, name: p.name, description: p.description, provinceCodes: p.provinceCodes, sectorCodes: p.sectorCodes, levels: p.levels, version: String(p.version) };
  };

  it('shows the profile form to its coordinator with the CSRF field, and refuses others', async () => {
    const res = await app.request('/portaal/consortia/2/profiel', as(coordinatorOf(2)));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`name="_csrf" value="${TEST_CSRF}"`);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect((await app.request('/portaal/consortia/2/profiel', as(coordinatorOf(3)))).status).toBe(403);
    expect((await app.request('/portaal/consortia/2/profiel', as(ASSESSOR))).status).toBe(403);
    // Anonymous visitors are sent to the login page, with the way back.
    const anonymous = await app.request('/portaal/consortia/2/profiel', as(null));
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/inloggen?terug=%2Fportaal%2Fconsortia%2F2%2Fprofiel');
  });

  it('re-renders an invalid form with the user’s input and an error summary linking to the field', async () => {
    const form = { ...(await profileForm(2)), name: '', description: 'Mijn nieuwe tekst' };
    const res = await app.request('/portaal/consortia/2/profiel', as(coordinatorOf(2), form));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('href="#veld-name"');
    expect(html).toContain('Vul de naam van het consortium in.');
    expect(html).toContain('Mijn nieuwe tekst');
    expect(html).toContain('aria-invalid="true"');
  });

  it('saves, redirects with a message, and refuses a second save from the same version', async () => {
    const form = await profileForm(2);
    const saved = await app.request('/portaal/consortia/2/profiel', as(coordinatorOf(2), { ...form, description: 'Eerste' }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/portaal/consortia/2/profiel?melding=opgeslagen');
    expect(await (await app.request(saved.headers.get('location')!, as(coordinatorOf(2)))).text()).toContain('De wijzigingen zijn opgeslagen.');
    const stale = await app.request('/portaal/consortia/2/profiel', as(OFFICE, { ...form, description: 'Tweede' }));
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Iemand anders heeft dit intussen gewijzigd');
    expect(html).toContain('Tweede');
    expect((await getConsortiumProfile({ db: database.db, actor: OFFICE }, { consortiumId: 2 })).description).toBe('Eerste');
  });

  it('finds a partner by KvK number and refuses a duplicate with a button to add the existing one', async () => {
    const [p] = await database.db.select({ id: pps.id }).from(pps).where(eq(pps.consortiumId, 2)).limit(1);
    const [org] = await database.db.select({ id: organisations.id, name: organisations.name, kvk: organisations.kvkNumber }).from(organisations).where(isNotNull(organisations.kvkNumber)).limit(1);
    const search = await (await app.request(`/portaal/pps/${p!.id}/partners?q=${org!.kvk}`, as(coordinatorOf(2)))).text();
    expect(search).toContain(org!.name);
    const dup = await app.request(`/portaal/pps/${p!.id}/partners/nieuw`, as(coordinatorOf(2), { _csrf: TEST_CSRF, q: org!.kvk!, name: 'Kopie BV', kind: 'bedrijf', companySize: 'mkb', kvkNumber: org!.kvk! }));
    expect(dup.status).toBe(409);
    const html = await dup.text();
    expect(html).toContain(`name="organisationId" value="${org!.id}"`);
    expect(html).toContain('href="#veld-kvkNumber"');
    expect(html).toContain('value="Kopie BV"');
    const added = await app.request(`/portaal/pps/${p!.id}/partners`, as(coordinatorOf(2), { _csrf: TEST_CSRF, organisationId: String(org!.id) }));
    expect(added.status).toBe(303);
  });

  it('saves a budget cell typed the Dutch way and names an unreadable one', async () => {
    const [line] = await database.db.select().from(budgetLines).where(and(eq(budgetLines.consortiumId, 2), eq(budgetLines.year, 2027))).limit(1);
    const name = `begroting.${line!.actionLineId}.2027.${line!.source}`;
    const version = `versie.${line!.actionLineId}.2027.${line!.source}`;
    const bad = await app.request('/portaal/consortia/2/begroting', as(coordinatorOf(2), { _csrf: TEST_CSRF, [name]: 'veel', [version]: String(line!.version) }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(`href="#veld-begroting-${line!.actionLineId}-2027-${line!.source}"`);
    // A little less than planned, typed with Dutch thousands separators ("1.234.566"): within every budget rule.
    const typed = (line!.plannedAmount - 1).toLocaleString('nl-NL');
    expect(typed).toContain('.');
    const ok = await app.request('/portaal/consortia/2/begroting', as(coordinatorOf(2), { _csrf: TEST_CSRF, [name]: typed, [version]: String(line!.version) }));
    expect(ok.status).toBe(303);
    const [after] = await database.db.select({ amount: budgetLines.plannedAmount }).from(budgetLines).where(eq(budgetLines.id, line!.id));
    expect(after?.amount).toBe(line!.plannedAmount - 1);
  });

  it('takes a report from the coordinator’s form through the office’s approval', async () => {
    const [r] = await database.db.select({ id: progressReports.id, version: progressReports.version }).from(progressReports).where(and(eq(progressReports.consortiumId, 14), eq(progressReports.periodYear, 2025)));
    const url = `/portaal/rapportages/${r!.id}`;
    const page = await (await app.request(url, as(coordinatorOf(14)))).text();
    expect(page).toContain('Opslaan als concept');
    const values = reportValues(await readReportContents(database.db, r!.id), r!.version);
    const total = Object.keys(values).find((k) => k.endsWith('.totaal'))!;
    const bad = await app.request(url, as(coordinatorOf(14), { ...values, _csrf: TEST_CSRF, [total]: '999999' }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/telt op tot/);
    const submitted = await app.request(url, as(coordinatorOf(14), { ...values, _csrf: TEST_CSRF, actie: 'indienen' }));
    expect(submitted.headers.get('location')).toBe(`${url}?melding=ingediend`);

    const status = await (await app.request('/portaal/bureau/rapportages?periode=2025', as(OFFICE))).text();
    expect(status).toContain(`href="/portaal/bureau/rapportages/${r!.id}"`);
    expect((await app.request('/portaal/bureau/rapportages', as(coordinatorOf(14)))).status).toBe(403);
    const review = await (await app.request(`/portaal/bureau/rapportages/${r!.id}`, as(OFFICE))).text();
    expect(review).toContain('Rapportage goedkeuren');
    const [current] = await database.db.select({ version: progressReports.version }).from(progressReports).where(eq(progressReports.id, r!.id));
    const noNote = await app.request(`/portaal/bureau/rapportages/${r!.id}/terugsturen`, as(OFFICE, { _csrf: TEST_CSRF, version: String(current!.version), note: '' }));
    expect(noNote.status).toBe(400);
    expect(await noNote.text()).toContain('href="#veld-note"');
    const approved = await app.request(`/portaal/bureau/rapportages/${r!.id}/goedkeuren`, as(OFFICE, { _csrf: TEST_CSRF, version: String(current!.version) }));
    expect(approved.status).toBe(303);
    const locked = await (await app.request(url, as(coordinatorOf(14)))).text();
    expect(locked).not.toContain('Opslaan als concept');
    expect(locked).toContain('De periode is afgesloten');
    const refused = await app.request(url, as(coordinatorOf(14), { ...values, _csrf: TEST_CSRF, version: String(current!.version + 1) }));
    expect(refused.status).toBe(409);
  });

  it('shows the office the progress view with a worded flag per indicator', async () => {
    const res = await app.request('/portaal/bureau/voortgang', as(OFFICE));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Niet op koers');
    expect(html).toContain('Op koers');
    expect(html).toContain('90%');
    expect((await app.request('/portaal/bureau/voortgang', as(coordinatorOf(1)))).status).toBe(403);
  });
});

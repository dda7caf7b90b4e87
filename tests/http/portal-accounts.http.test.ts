import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox, users } from '../../src/db/schema/index.ts';
import { createConsortium, createProgramme, createUser, TEST_PASSWORD, type TestConsortium, type TestProgramme } from '../helpers/factories.ts';
import { cookiesOf, loginAs as loginWith, openForm } from '../helpers/login.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

describe.each(DATABASE_KINDS)('password reset, invitations, roles and the audit log on %s', (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  let programme: TestProgramme;
  let consortium: TestConsortium;
  let OFFICE: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    app = createTestApp(database.db);
    programme = await createProgramme(database.db);
    consortium = await createConsortium(database.db, programme, { ppsAt: ['GM0344'] });
    OFFICE = programme.office.email;
  });
  afterAll(async () => {
    await database?.dispose();
  });

  async function lastMailTo(email: string) {
    const [mail] = await database.db.select().from(outbox).where(eq(outbox.recipient, email)).orderBy(desc(outbox.id)).limit(1);
    return mail;
  }
  const linkIn = (body: string) => new URL(/https?:\/\/\S+/.exec(body)![0]).pathname;
  const loginAs = (a: Parameters<typeof loginWith>[0], email: string, password = TEST_PASSWORD) => loginWith(a, email, password);
  /** The office blocks a coordinator of its own making: an audited update of users. */
  async function blockNewCoordinator() {
    const target = await createUser(database.db, { role: 'coordinator', consortiumId: consortium.id });
    const office = await loginAs(app, OFFICE);
    expect((await office.post('/portaal/gebruikers/status', { userId: String(target.id), isActive: 'false' })).status).toBe(303);
    return target;
  }

  it('resets a password by a one-time link from the outbox', async () => {
    const { email } = await createUser(database.db, { role: 'beoordelaar' });
    const other = await loginAs(app, email);
    const form = await openForm(app, '/wachtwoord-vergeten');
    const asked = await form.post('/wachtwoord-vergeten', { email });
    expect(asked.headers.get('location')).toBe('/wachtwoord-vergeten?verstuurd=1');
    const mail = (await lastMailTo(email))!;
    expect(mail.subject).toBe('Nieuw wachtwoord kiezen voor PPS Monitor');
    const link = linkIn(mail.body);
    expect(link).toMatch(/^\/wachtwoord-herstellen\/[A-Za-z0-9_-]{43}$/);

    const page = await openForm(app, link);
    const weak = await page.post(link, { password: 'kort', confirmation: 'kort' });
    expect(weak.status).toBe(400);
    expect(await weak.text()).toContain('Kies een wachtwoord van minstens 12 tekens.');
    const done = await page.post(link, { password: 'een nieuw lang wachtwoord', confirmation: 'een nieuw lang wachtwoord' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/inloggen?melding=wachtwoord-gewijzigd');

    await expect(loginAs(app, email)).rejects.toThrow(/HTTP 400/);
    await loginAs(app, email, 'een nieuw lang wachtwoord');
    // Sessions from before the reset are gone, and the link cannot be used twice.
    expect((await other.request('/portaal')).status).toBe(303);
    const again = await page.post(link, { password: 'nog een ander wachtwoord', confirmation: 'nog een ander wachtwoord' });
    expect(again.status).toBe(404);
    expect(await again.text()).toContain('Deze link is ongeldig, verlopen of al gebruikt.');
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'password_reset')).orderBy(desc(auditLog.id)).limit(1);
    expect(audit?.entityId).toBe(String((await database.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id));
    expect(JSON.stringify(audit?.after)).not.toMatch(/argon2/);
  });

  it('answers the same whether or not the address has an account, and mails nobody unknown', async () => {
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(outbox);
    const form = await openForm(app, '/wachtwoord-vergeten');
    const response = await form.post('/wachtwoord-vergeten', { email: 'onbekend@voorbeeld.nl' });
    expect(response.headers.get('location')).toBe('/wachtwoord-vergeten?verstuurd=1');
    const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(outbox);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('invites a coordinator who sets name and password through the mailed link', async () => {
    const office = await loginAs(app, OFFICE);
    const email = 'nieuwe.coordinator@school.example';
    const missing = await office.post('/portaal/gebruikers/uitnodigen', { email, role: 'coordinator', consortiumId: '' });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Kies het consortium van de coördinator.');
    const sent = await office.post('/portaal/gebruikers/uitnodigen', { email: 'Nieuwe.Coordinator@school.example', role: 'coordinator', consortiumId: String(consortium.id) });
    expect(sent.status).toBe(303);
    const [invite] = await database.db.select().from(auditLog).where(eq(auditLog.entity, 'invitations')).orderBy(desc(auditLog.id)).limit(1);
    expect(invite?.after).toMatchObject({ email, role: 'coordinator', consortiumId: consortium.id });

    const link = linkIn((await lastMailTo(email))!.body);
    const page = await openForm(app, link);
    const noName = await page.post(link, { name: '', password: 'een lang wachtwoord', confirmation: 'een lang wachtwoord' });
    expect(await noName.text()).toContain('Vul uw naam in.');
    const accepted = await page.post(link, { name: 'Nieuwe Coördinator', password: 'een lang wachtwoord', confirmation: 'een lang wachtwoord' });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe('/portaal');
    const home = await app.request('/portaal', { headers: { cookie: cookiesOf(accepted, page.cookie) } });
    const html = await home.text();
    expect(html).toContain('Welkom, Nieuwe Coördinator.');
    expect(html).toMatch(/Uw consortia/);
    expect((await page.post(link, { name: 'X', password: 'een lang wachtwoord', confirmation: 'een lang wachtwoord' })).status).toBe(404);
    const [created] = await database.db.select().from(auditLog).where(eq(auditLog.entity, 'users')).orderBy(desc(auditLog.id)).limit(1);
    expect(created?.action).toBe('create');
    expect(created?.after).toMatchObject({ email, name: 'Nieuwe Coördinator', roles: [{ role: 'coordinator', consortiumId: consortium.id }] });
  });

  it('keeps office pages from assessors and coordinators (403), whatever the URL says', async () => {
    const assessor = await loginAs(app, programme.assessor.email);
    for (const path of ['/portaal/audit', '/portaal/outbox', '/portaal/gebruikers']) expect((await assessor.request(path)).status).toBe(403);
    const audit = await assessor.request('/portaal/audit');
    expect(await audit.text()).toContain('U heeft geen rechten voor deze actie.');
    const forged = await assessor.post('/portaal/gebruikers/status', { userId: String(programme.office.id), isActive: 'false' });
    expect(forged.status).toBe(403);
    const [office] = await database.db.select({ isActive: users.isActive }).from(users).where(eq(users.email, OFFICE));
    expect(office?.isActive).toBe(true);
  });

  it('blocks a user: sessions end, login fails, the change is audited with before and after', async () => {
    const target = await createUser(database.db, { role: 'coordinator', consortiumId: consortium.id });
    const coordinator = await loginAs(app, target.email);
    const office = await loginAs(app, OFFICE);
    expect((await office.post('/portaal/gebruikers/status', { userId: String(target.id), isActive: 'false' })).status).toBe(303);
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, String(target.id))).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: 'update', entity: 'users', before: { isActive: true }, after: { isActive: false } });
    await expect(loginAs(app, target.email)).rejects.toThrow(/HTTP 400/);
    expect((await coordinator.request('/portaal')).status).toBe(303);
  });

  it('lets the office filter the audit log and shows before and after', async () => {
    await blockNewCoordinator();
    const office = await loginAs(app, OFFICE);
    const all = await (await office.request('/portaal/audit')).text();
    expect(all).toContain('<option value="users">users</option>');
    const filtered = await office.request('/portaal/audit?entiteit=users&actie=update');
    expect(filtered.status).toBe(200);
    const html = await filtered.text();
    const rows = [...html.matchAll(/<td class="utrecht-table__cell">update<\/td><td class="utrecht-table__cell">(\w+) #/g)].map((m) => m[1]);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows)).toEqual(new Set(['users']));
    expect(html).toContain('<span class="pps-diff__field">isActive: </span><del>true</del> → <ins>false</ins>');
    const none = await (await office.request('/portaal/audit?van=2000-01-01&tot=2000-01-02')).text();
    expect(none).toContain('Geen wijzigingen gevonden met deze filters.');
    const bad = await office.request('/portaal/audit?van=gisteren&pagina=-3');
    expect(bad.status).toBe(200);
  });

  it('refuses UPDATE and DELETE on the audit log in the database', async () => {
    // An audited change of its own first: the guard is a row trigger, so an empty log would refuse nothing.
    await blockNewCoordinator();
    await expect(database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    const [{ n }] = (await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.action, 'x'))) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('shows the office the outbox with clickable links', async () => {
    const office = await loginAs(app, OFFICE);
    const email = `uitgenodigd-${kind}@school.example`;
    expect((await office.post('/portaal/gebruikers/uitnodigen', { email, role: 'beoordelaar', consortiumId: '' })).status).toBe(303);
    const link = linkIn((await lastMailTo(email))!.body);
    const html = await (await office.request('/portaal/outbox')).text();
    expect(html).toContain(`href="http://localhost${link}"`);
    expect(html).toMatch(/<a class="utrecht-link" href="http:\/\/localhost\/uitnodiging\/[A-Za-z0-9_-]{43}">/);
  });
});

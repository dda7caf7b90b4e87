import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgramme, createUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { cookiesOf, loginAs as loginWith, openForm } from '../helpers/login.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Accounts on the demo's e-mail domain, so the login page lists them as it lists the demo's.
const OFFICE = 'bureau.test@voorbeeld.nl';
const ASSESSOR = 'beoordelaar.test@voorbeeld.nl';
const loginAs = (app: Parameters<typeof loginWith>[0], email: string) => loginWith(app, email, TEST_PASSWORD);

describe.each(DATABASE_KINDS)('login and sessions on %s', (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    // A programme for the public home page; its own office and assessor are not on the demo domain.
    await createProgramme(database.db);
    await createUser(database.db, { role: 'programmabureau', email: OFFICE, name: 'Bureau (test)' });
    await createUser(database.db, { role: 'beoordelaar', email: ASSESSOR });
    // The demo accounts are listed only where the demo was asked for; ours share the demo's password setting.
    app = createTestApp(database.db, { SEED_DEMO: 'true', DEMO_PASSWORD: TEST_PASSWORD });
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('sends anonymous visitors of /portaal to /inloggen with a safe return path', async () => {
    const response = await app.request('/portaal/audit?entiteit=users');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/inloggen?terug=%2Fportaal%2Faudit%3Fentiteit%3Dusers');
  });

  it('shows the login form with the demo accounts and no public caching', async () => {
    const response = await app.request('/inloggen');
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(html).toContain('Voorbeeldaccounts');
    expect(html).toContain(OFFICE);
    expect(response.headers.getSetCookie()[0]).toMatch(/^pps_csrf=.+; Path=\/; HttpOnly; SameSite=Lax$/);
  });

  it('keeps public pages free of cookies', async () => {
    const response = await app.request('/');
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(response.headers.get('cache-control')).toMatch(/^public/);
  });

  it('logs in, keeps the user signed in, and returns to the requested page', async () => {
    const form = await openForm(app, '/inloggen?terug=/portaal/audit');
    const response = await form.post('/inloggen?terug=%2Fportaal%2Faudit', { email: ' Bureau.Test@voorbeeld.nl ', password: TEST_PASSWORD });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/portaal/audit');
    const session = response.headers.getSetCookie().find((c) => c.startsWith('pps_sessie='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    const portal = await app.request('/portaal', { headers: { cookie: cookiesOf(response, form.cookie) } });
    expect(portal.status).toBe(200);
    expect(await portal.text()).toContain('Welkom, Bureau (test).');
  });

  it('never redirects to another site after login', async () => {
    const form = await openForm(app, '/inloggen');
    const response = await form.post('/inloggen?terug=%2F%2Fevil.example%2F', { email: OFFICE, password: TEST_PASSWORD });
    expect(response.headers.get('location')).toBe('/portaal');
  });

  it('refuses a wrong password in Dutch, keeping the e-mail address', async () => {
    const form = await openForm(app, '/inloggen');
    const response = await form.post('/inloggen', { email: ASSESSOR, password: 'niet het goede wachtwoord' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(html).toContain(`value="${ASSESSOR}"`);
    expect(response.headers.getSetCookie().some((c) => c.startsWith('pps_sessie='))).toBe(false);
  });

  it('answers an unknown account exactly like a wrong password', async () => {
    const form = await openForm(app, '/inloggen');
    const response = await form.post('/inloggen', { email: 'niemand@voorbeeld.nl', password: TEST_PASSWORD });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Het e-mailadres of het wachtwoord klopt niet.');
  });

  it('throttles after five failures for the account, with the waiting time', async () => {
    const { email } = await createUser(database.db, { role: 'beoordelaar' });
    const other = await createUser(database.db, { role: 'beoordelaar' });
    const form = await openForm(app, '/inloggen');
    for (let i = 0; i < 5; i++) expect((await form.post('/inloggen', { email, password: `fout wachtwoord ${i}` })).status).toBe(400);
    const blocked = await form.post('/inloggen', { email, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain('Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    // Another account from the same address is not affected.
    expect((await form.post('/inloggen', { email: other.email, password: TEST_PASSWORD })).status).toBe(303);
  });

  it('refuses a POST without or with a wrong CSRF token, or from another site (403, Dutch page)', async () => {
    const form = await openForm(app, '/inloggen');
    const body = new URLSearchParams({ email: OFFICE, password: TEST_PASSWORD }).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded', cookie: form.cookie };
    const missing = await app.request('/inloggen', { method: 'POST', headers, body });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('Dit formulier is verlopen of komt niet van deze website.');
    const wrong = await app.request('/inloggen', { method: 'POST', headers, body: `${body}&_csrf=${'x'.repeat(43)}` });
    expect(wrong.status).toBe(403);
    const noCookie = await app.request('/inloggen', { method: 'POST', headers: { 'content-type': headers['content-type'] }, body: `${body}&_csrf=${form.csrfToken}` });
    expect(noCookie.status).toBe(403);

    const user = await loginAs(app, OFFICE);
    const form2 = { 'content-type': 'application/x-www-form-urlencoded' };
    // The pre-login token is no good once signed in: the session has its own.
    expect((await user.request('/uitloggen', { method: 'POST', headers: form2, body: `_csrf=${form.csrfToken}` })).status).toBe(403);
    const crossSite = await user.request('/uitloggen', { method: 'POST', headers: { ...form2, origin: 'https://evil.example' }, body: `_csrf=${user.csrfToken}` });
    expect(crossSite.status).toBe(403);
    expect((await user.request('/portaal')).status).toBe(200);
  });

  it('signs out one session', async () => {
    const user = await loginAs(app, OFFICE);
    const response = await user.post('/uitloggen');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/inloggen?melding=uitgelogd');
    expect((await user.request('/portaal')).status).toBe(303);
  });

  it('signs out everywhere: other sessions of the user end too', async () => {
    const phone = await loginAs(app, ASSESSOR);
    const laptop = await loginAs(app, ASSESSOR);
    const other = await loginAs(app, OFFICE);
    const response = await laptop.post('/uitloggen/overal');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/melding=overal-uitgelogd&aantal=[2-9]/);
    expect((await phone.request('/portaal')).status).toBe(303);
    expect((await laptop.request('/portaal')).status).toBe(303);
    expect((await other.request('/portaal')).status).toBe(200);
  });

  it('gives each login a fresh session id and CSRF token', async () => {
    const a = await loginAs(app, OFFICE);
    const b = await loginAs(app, OFFICE);
    expect(a.cookie).not.toBe(b.cookie);
    expect(a.csrfToken).not.toBe(b.csrfToken);
  });
});

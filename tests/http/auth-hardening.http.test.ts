import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAttempts, outbox, sessions, users } from '../../src/db/schema/index.ts';
import { logInWithPassword } from '../../src/services/auth/log-in-with-password.ts';
import { createSession, findSession } from '../../src/services/auth/sessions.ts';
import { ADDRESS_MAX_FAILURES } from '../../src/services/auth/throttles.ts';
import { createUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { cookiesOf, csrfTokenOf, loginAs, openForm } from '../helpers/login.ts';
import { hashPassword } from '../../src/services/auth/password-hash.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// Links stay home, limits hold, and the defaults are those of a public service.
describe('auth hardening', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  let userId: number;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const [user] = await database.db.insert(users).values({ email: 'anna@voorbeeld.nl', name: 'Anna' }).returning({ id: users.id });
    userId = user!.id;
    app = createTestApp(database.db, { PUBLIC_BASE_URL: 'https://monitor.example.nl', TRUST_PROXY: 'true' });
  });
  afterAll(() => database?.dispose());

  it('takes mail links from the configured address, not from the Host header', async () => {
    const form = await openForm(app, '/wachtwoord-vergeten');
    const response = await app.request('http://evil.example/wachtwoord-vergeten', {
      method: 'POST', headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded', host: 'evil.example' },
      body: new URLSearchParams({ _csrf: form.csrfToken, email: 'anna@voorbeeld.nl' }).toString(),
    });
    expect(response.status).toBe(303);
    const [mail] = await database.db.select({ body: outbox.body }).from(outbox).where(eq(outbox.recipient, 'anna@voorbeeld.nl'));
    expect(mail?.body).toContain('https://monitor.example.nl/wachtwoord-herstellen/');
    expect(mail?.body).not.toContain('evil.example');
  });

  it('limits reset requests per account with a 429 page that says when to try again', async () => {
    const form = await openForm(app, '/wachtwoord-vergeten');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await form.post('/wachtwoord-vergeten', { email: 'bram@voorbeeld.nl' })).status);
    expect(statuses).toEqual([303, 303, 303, 429]);
    const refused = await form.post('/wachtwoord-vergeten', { email: 'bram@voorbeeld.nl' });
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.text()).toContain('Te veel mislukte pogingen');
  });

  it('throttles one address trying many accounts, whatever the account', async () => {
    const now = new Date();
    await database.db.insert(loginAttempts).values(Array.from({ length: ADDRESS_MAX_FAILURES }, (_, i) => ({ email: `iemand${i}@voorbeeld.nl`, ip: '203.0.113.9', attemptedAt: now })));
    const result = await logInWithPassword(database.db, { email: 'nog-iemand@voorbeeld.nl', password: 'x', ip: '203.0.113.9' }, now);
    expect(result).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await logInWithPassword(database.db, { email: 'nog-iemand@voorbeeld.nl', password: 'x', ip: '203.0.113.10' }, now)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a made-up CSRF cookie before login, even with the same value in the form', async () => {
    const response = await app.request('/inloggen', {
      method: 'POST', headers: { cookie: '__Host-pps_csrf=verzonnen-waarde', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: 'verzonnen-waarde', email: 'anna@voorbeeld.nl', password: 'x' }).toString(),
    });
    expect(response.status).toBe(403);
  });

  it('makes cookies Secure and sends HSTS when a trusted proxy says the request came over https', async () => {
    const plainApp = createTestApp(database.db, { TRUST_PROXY: 'true' });
    const viaProxy = await plainApp.request('/inloggen', { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaProxy.headers.getSetCookie()[0]).toMatch(/; Secure$/);
    expect(viaProxy.headers.get('strict-transport-security')).toContain('max-age');
    const plain = await plainApp.request('/inloggen');
    expect(plain.headers.getSetCookie()[0]).not.toMatch(/Secure/);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });

  it('marks the session cookie of a login through a trusted https proxy Secure, and ignores the header from an untrusted one', async () => {
    await database.db.update(users).set({ passwordHash: await hashPassword('proxy-wachtwoord-2026') }).where(eq(users.id, userId));
    const loginVia = async (trusted: boolean) => {
      const proxied = createTestApp(database.db, { TRUST_PROXY: String(trusted) });
      const headers = { 'x-forwarded-proto': 'https' };
      const form = await proxied.request('/inloggen', { headers });
      const cookie = cookiesOf(form);
      return proxied.request('/inloggen', {
        method: 'POST', headers: { ...headers, cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrfTokenOf(await form.text()), email: 'anna@voorbeeld.nl', password: 'proxy-wachtwoord-2026' }).toString(),
      });
    };
    const trusted = await loginVia(true);
    expect(trusted.status).toBe(303);
    const set = trusted.headers.getSetCookie();
    expect(set.some((c) => c.startsWith('pps_sessie='))).toBe(true);
    for (const cookie of set) expect(cookie).toMatch(/; Secure/);
    const untrusted = await loginVia(false);
    expect(untrusted.status).toBe(303);
    for (const cookie of untrusted.headers.getSetCookie()) expect(cookie).not.toMatch(/Secure/);
    expect(untrusted.headers.get('strict-transport-security')).toBeNull();
  });

  it('ends a session a week after login however active it was', async () => {
    const weekAgo = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000 - 60_000);
    const session = await createSession(database.db, userId, weekAgo);
    await database.db.update(sessions).set({ expiresAt: new Date(Date.now() + 60_000) }).where(eq(sessions.csrfToken, session.csrfToken));
    expect(await findSession(database.db, session.token)).toBeNull();
    const fresh = await createSession(database.db, userId);
    expect(await findSession(database.db, fresh.token)).not.toBeNull();
  });
});

describe('return paths after login', () => {
  let database: TestDatabase;
  beforeAll(async () => { database = await createTestDatabase('pglite'); });
  afterAll(() => database?.dispose());

  it('never sends a signed-in visitor to another site, however the path is dressed up', async () => {
    const { email } = await createUser(database.db, { role: 'programmabureau' });
    const office = await loginAs(createTestApp(database.db), email, TEST_PASSWORD);
    for (const back of ['/.//evil.example', '/..//evil.example', '/%2e//evil.example', '/%2E%2E//evil.example']) {
      const response = await office.request(`/inloggen?terug=${encodeURIComponent(back)}`);
      expect(response.headers.get('location'), back).toBe('/portaal');
    }
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, userIdentities, users } from '../../src/db/schema/index.ts';
import { createUser, TEST_PASSWORD, type TestUser } from '../helpers/factories.ts';
import { cookiesOf, loginAs, openForm, type Visitor } from '../helpers/login.ts';
import { startOidcProvider } from '../helpers/oidc-provider.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// app.request serves on http://localhost, so that is our redirect URI.
const REDIRECT_URI = 'http://localhost/inloggen/oidc/callback';

describe.each(DATABASE_KINDS)('OpenID Connect login against a local provider on %s', (kind) => {
  let database: TestDatabase;
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  let app: ReturnType<typeof createTestApp>;
  let assessor: TestUser;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    assessor = await createUser(database.db, { role: 'beoordelaar', name: 'Beoordelaar Federatie' });
    const unverified = await createUser(database.db, { role: 'beoordelaar' });
    provider = await startOidcProvider(REDIRECT_URI);
    app = createTestApp(database.db, { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret, OIDC_LABEL: 'SURFconext' });
    provider.addAccount({ sub: 'surf-123', email: assessor.email.toUpperCase(), email_verified: true });
    provider.addAccount({ sub: 'surf-404', email: 'onbekend@school.example', email_verified: true });
    provider.addAccount({ sub: 'surf-unverified', email: unverified.email, email_verified: false });
  });
  afterAll(async () => {
    await provider?.close();
    await database?.dispose();
  });

  /** The whole round trip: our button, the provider, our callback. */
  async function signInAs(sub: string, back = '', signedIn?: Visitor) {
    const visitor = signedIn ?? await openForm(app, `/inloggen${back}`);
    const start = await visitor.post(`/inloggen/oidc${back}`);
    expect(start.status).toBe(303);
    const authorizationUrl = new URL(start.headers.get('location')!);
    expect(authorizationUrl.origin).toBe(provider.issuer);
    expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizationUrl.searchParams.get('state')).toBeTruthy();
    expect(authorizationUrl.searchParams.get('nonce')).toBeTruthy();
    const cookie = cookiesOf(start, visitor.cookie);
    const redirect = new URL(await provider.signIn(authorizationUrl.href, sub));
    const callback = await app.request(redirect.pathname + redirect.search, { headers: { cookie } });
    return { callback, cookie: cookiesOf(callback, cookie), redirect };
  }

  it('shows the SURFconext button on the login page', async () => {
    expect(await (await app.request('/inloggen')).text()).toContain('Inloggen met SURFconext');
  });

  it('binds the identity to the account signed in by password, then signs in with it alone, keeping our roles', async () => {
    // A verified e-mail address of an existing account is not enough on its own.
    expect((await signInAs('surf-123')).callback.headers.get('location')).toBe('/inloggen?melding=oidc-niet-gekoppeld');
    const signedIn = await loginAs(app, assessor.email, TEST_PASSWORD);
    expect((await signInAs('surf-123', '', signedIn)).callback.status).toBe(303);
    const { callback, cookie } = await signInAs('surf-123', '?terug=%2Fportaal%3Fx%3D1');
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/portaal?x=1');
    const home = await (await app.request('/portaal', { headers: { cookie } })).text();
    expect(home).toContain('Welkom, Beoordelaar Federatie.');
    expect(home).toContain('Uw rollen: beoordelaar');
    const identities = await database.db.select().from(userIdentities).where(and(eq(userIdentities.issuer, provider.issuer), eq(userIdentities.subject, 'surf-123')));
    expect(identities.map((i) => i.userId)).toEqual([assessor.id]);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entity, 'user_identities'));
    expect(audit).toHaveLength(1);
    // The second time the link is found by subject; no second identity or audit row.
    expect((await signInAs('surf-123')).callback.status).toBe(303);
    expect(await database.db.select().from(auditLog).where(eq(auditLog.entity, 'user_identities'))).toHaveLength(1);
  });

  it('creates no account for an unknown e-mail address', async () => {
    const { callback } = await signInAs('surf-404');
    expect(callback.headers.get('location')).toBe('/inloggen?melding=oidc-niet-gekoppeld');
    expect(callback.headers.getSetCookie().some((c) => c.startsWith('pps_sessie='))).toBe(false);
    const page = await (await app.request('/inloggen?melding=oidc-niet-gekoppeld')).text();
    expect(page).toContain('is niet gekoppeld aan een account in PPS Monitor');
    expect(await database.db.select().from(users).where(eq(users.email, 'onbekend@school.example'))).toEqual([]);
  });

  it('does not link an unverified e-mail address', async () => {
    const { callback } = await signInAs('surf-unverified');
    expect(callback.headers.get('location')).toBe('/inloggen?melding=oidc-niet-gekoppeld');
  });

  it('refuses a callback whose state does not match', async () => {
    const { redirect, cookie } = await (async () => {
      const visitor = await openForm(app, '/inloggen');
      const start = await visitor.post('/inloggen/oidc');
      const url = await provider.signIn(start.headers.get('location')!, 'surf-123');
      return { redirect: new URL(url), cookie: cookiesOf(start, visitor.cookie) };
    })();
    redirect.searchParams.set('state', 'vervalst');
    const callback = await app.request(redirect.pathname + redirect.search, { headers: { cookie } });
    expect(callback.headers.get('location')).toBe('/inloggen?melding=oidc-mislukt');
  });
});

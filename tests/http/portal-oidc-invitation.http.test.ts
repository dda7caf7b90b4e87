import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, invitations, userIdentities, userRoles, users } from '../../src/db/schema/index.ts';
import { hashToken, newToken } from '../../src/services/auth/tokens.ts';
import { cookiesOf, openForm } from '../helpers/login.ts';
import { startOidcProvider } from '../helpers/oidc-provider.ts';
import { makeConsortium, makeProgramme, makeUser } from '../helpers/portal-factory.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

const REDIRECT_URI = 'http://localhost/inloggen/oidc/callback';

// SURFconext and Entree send no email_verified: an invitation link, then a federated sign-in, binds the identity.
describe.each(DATABASE_KINDS)('binding a federated identity through an invitation on %s', (kind) => {
  let database: TestDatabase;
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  let app: ReturnType<typeof createTestApp>;
  let consortiumId: number;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    provider = await startOidcProvider(REDIRECT_URI);
    app = createTestApp(database.db, { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret, OIDC_LABEL: 'SURFconext' });
    consortiumId = await makeConsortium(database.db, await makeProgramme(database.db), 'Omega');
  }, 240_000);
  afterAll(async () => {
    await provider?.close();
    await database?.dispose();
  });

  async function invite(email: string) {
    const token = newToken();
    const office = await makeUser(database.db, [{ role: 'programmabureau' }]);
    await database.db.insert(invitations).values({ email, role: 'coordinator', consortiumId, tokenHash: hashToken(token), invitedByUserId: office.userId,
      expiresAt: new Date(Date.now() + 86_400_000) });
    return token;
  }

  /** Our start (a POST from `page`), the provider as `sub`, our callback. */
  async function federate(page: string, start: string, sub: string, cookie = '') {
    const visitor = await openForm(app, page);
    if (cookie) visitor.cookie = `${cookie}; ${visitor.cookie}`;
    const begun = await visitor.post(start);
    expect(begun.status).toBe(303);
    const jar = cookiesOf(begun, visitor.cookie);
    const redirect = new URL(await provider.signIn(begun.headers.get('location')!, sub));
    const callback = await app.request(redirect.pathname + redirect.search, { headers: { cookie: jar } });
    return { callback, cookie: cookiesOf(callback, jar) };
  }

  it('binds the identity to the invited account without email_verified, then logs that identity in', async () => {
    const token = await invite('nieuwe.coordinator@school.example');
    provider.addAccount({ sub: 'entree-1', email: 'iemand.anders@school.example', name: 'Nieuwe Coördinator' });
    const page = await (await app.request(`/uitnodiging/${token}`)).text();
    expect(page).toContain('Of accepteer de uitnodiging met SURFconext');

    const { callback, cookie } = await federate(`/uitnodiging/${token}`, `/uitnodiging/${token}/oidc`, 'entree-1');
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/portaal');
    expect(await (await app.request('/portaal', { headers: { cookie } })).text()).toContain('Welkom, Nieuwe Coördinator.');

    // The account has the invited address (not the provider's) and role; the identity is bound with its invitation, audited.
    const [user] = await database.db.select({ id: users.id, passwordHash: users.passwordHash, locale: users.preferredLocale }).from(users).where(eq(users.email, 'nieuwe.coordinator@school.example'));
    expect(user!.passwordHash).toBeNull();
    expect(user!.locale).toBe('nl');
    expect(await database.db.select({ role: userRoles.role, consortiumId: userRoles.consortiumId }).from(userRoles).where(eq(userRoles.userId, user!.id))).toEqual([{ role: 'coordinator', consortiumId }]);
    const [identity] = await database.db.select({ id: userIdentities.id, userId: userIdentities.userId, invitationId: userIdentities.invitationId, emailVerified: userIdentities.emailVerified })
      .from(userIdentities).where(and(eq(userIdentities.issuer, provider.issuer), eq(userIdentities.subject, 'entree-1')));
    expect(identity).toMatchObject({ userId: user!.id, emailVerified: false });
    expect(identity!.invitationId).not.toBeNull();
    expect(await database.db.select({ id: auditLog.id }).from(auditLog).where(and(eq(auditLog.entity, 'user_identities'), eq(auditLog.entityId, String(identity!.id))))).toHaveLength(1);

    // Afterwards the plain login button is enough, and the spent link binds nothing more.
    const again = await federate('/inloggen', '/inloggen/oidc', 'entree-1');
    expect(again.callback.headers.get('location')).toBe('/portaal');
    expect((await app.request(`/uitnodiging/${token}`)).status).toBe(404);
  });

  it('never trusts an e-mail address on its own, verified or not, and says so in Dutch and English', async () => {
    const existing = await makeUser(database.db, [{ role: 'beoordelaar' }]);
    const [{ email }] = await database.db.select({ email: users.email }).from(users).where(eq(users.id, existing.userId)) as [{ email: string }];
    provider.addAccount({ sub: 'surf-verified', email, email_verified: true });
    provider.addAccount({ sub: 'entree-plain', email });

    for (const sub of ['surf-verified', 'entree-plain']) {
      const { callback } = await federate('/inloggen', '/inloggen/oidc', sub);
      expect(callback.headers.get('location')).toBe('/inloggen?melding=oidc-niet-gekoppeld');
      expect(callback.headers.getSetCookie().some((c) => c.startsWith('pps_sessie='))).toBe(false);
    }
    const english = await federate('/en/inloggen', '/en/inloggen/oidc', 'entree-plain');
    expect(english.callback.headers.get('location')).toBe('/en/inloggen?melding=oidc-niet-gekoppeld');
    expect(await (await app.request('/inloggen?melding=oidc-niet-gekoppeld')).text()).toContain('we koppelen nooit alleen op e-mailadres');
    expect(await (await app.request('/en/inloggen?melding=oidc-niet-gekoppeld')).text()).toContain('we never link by e-mail address alone');
    expect(await database.db.select({ id: userIdentities.id }).from(userIdentities).where(eq(userIdentities.userId, existing.userId))).toEqual([]);
  });

  it('refuses an identity bound to someone else for a new invitation, and leaves that invitation unused', async () => {
    const first = await invite('eerste@school.example');
    provider.addAccount({ sub: 'entree-shared' });
    expect((await federate(`/uitnodiging/${first}`, `/uitnodiging/${first}/oidc`, 'entree-shared')).callback.headers.get('location')).toBe('/portaal');
    const second = await invite('tweede@school.example');
    const { callback } = await federate(`/uitnodiging/${second}`, `/uitnodiging/${second}/oidc`, 'entree-shared');
    expect(callback.headers.get('location')).toBe('/inloggen?melding=oidc-al-gekoppeld');
    expect(await database.db.select({ id: users.id }).from(users).where(eq(users.email, 'tweede@school.example'))).toEqual([]);
    expect((await app.request(`/uitnodiging/${second}`)).status).toBe(200);
    // Accepted from the English page by an identity of its own: English mail from then on.
    provider.addAccount({ sub: 'entree-second' });
    const english = await federate(`/en/uitnodiging/${second}`, `/en/uitnodiging/${second}/oidc`, 'entree-second');
    expect(english.callback.headers.get('location')).toBe('/en/portaal');
    const [made] = await database.db.select({ locale: users.preferredLocale }).from(users).where(eq(users.email, 'tweede@school.example'));
    expect(made!.locale).toBe('en');
  });
});

import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions as sessionsTable, userRoles, users } from '../../src/db/schema/index.ts';
import { hashToken } from '../../src/services/auth/tokens.ts';
import { hashPassword } from '../../src/services/auth/password-hash.ts';
import { createSession } from '../../src/services/auth/sessions.ts';
import { REAUTH_WINDOW_MINUTES } from '../../src/services/auth/confirm-identity.ts';
import { csrfTokenOf, loginAs, type Visitor } from '../helpers/login.ts';
import { makeUser } from '../helpers/portal-factory.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// Changing someone's roles is a sensitive action: a session alone (a stolen cookie) is not enough.
describe('re-authentication for a role change', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  const PASSWORD = 'een-lang-eigen-wachtwoord-77';
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = createTestApp(database.db);
  });
  afterAll(() => database?.dispose());

  const officeWithPassword = async () => {
    const office = await makeUser(database.db, [{ role: 'programmabureau' }]);
    const [row] = await database.db.update(users).set({ passwordHash: await hashPassword(PASSWORD) }).where(eq(users.id, office.userId)).returning({ email: users.email });
    return loginAs(app, row!.email, PASSWORD);
  };
  const userIdOf = async (who: Visitor) => {
    const [row] = await database.db.select({ userId: sessionsTable.userId }).from(sessionsTable).where(eq(sessionsTable.id, hashToken(/pps_sessie=([^;]+)/.exec(who.cookie)![1]!)));
    return row!.userId;
  };
  const rolesOf = async (userId: number) => (await database.db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId)).orderBy(asc(userRoles.role))).map((r) => r.role);
  const changeToOffice = async (who: Visitor, userId: number, fields: Record<string, string>, locale = '') => {
    const [row] = await database.db.select({ version: users.version }).from(users).where(eq(users.id, userId));
    return who.post(`${locale}/portaal/gebruikers/${userId}`, { version: String(row!.version), roles: 'programmabureau', ...fields });
  };

  it('refuses without the current password or with a wrong one, in Dutch and English, and changes nothing', async () => {
    const office = await officeWithPassword();
    const person = await makeUser(database.db, [{ role: 'beoordelaar' }]);
    const missing = await changeToOffice(office, person.userId, {});
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Vul uw huidige wachtwoord in om deze wijziging te bevestigen.');
    const wrong = await changeToOffice(office, person.userId, { huidigWachtwoord: 'niet-mijn-wachtwoord' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Dit is niet uw huidige wachtwoord.');
    const english = await changeToOffice(office, person.userId, { huidigWachtwoord: 'niet-mijn-wachtwoord' }, '/en');
    expect(await english.text()).toContain('This is not your current password.');
    expect(await rolesOf(person.userId)).toEqual(['beoordelaar']);
  });

  it('changes the roles with the current password', async () => {
    const office = await officeWithPassword();
    const person = await makeUser(database.db, [{ role: 'beoordelaar' }]);
    const response = await changeToOffice(office, person.userId, { huidigWachtwoord: PASSWORD });
    expect(response.status).toBe(303);
    expect(await rolesOf(person.userId)).toEqual(['programmabureau']);
  });

  it('accepts a recent login for an account without a password, and asks an older one to sign in again', async () => {
    const federated = await makeUser(database.db, [{ role: 'programmabureau' }]);
    const person = await makeUser(database.db, [{ role: 'beoordelaar' }]);
    const signedIn = async (minutesAgo: number): Promise<Visitor> => {
      const session = await createSession(database.db, federated.userId, new Date(Date.now() - minutesAgo * 60_000));
      const cookie = `pps_sessie=${session.token}`;
      const page = await app.request(`/portaal/gebruikers/${person.userId}`, { headers: { cookie } });
      const csrfToken = csrfTokenOf(await page.text());
      return {
        cookie, csrfToken,
        request: async (path, init = {}) => app.request(path, { ...init, headers: { ...init.headers as Record<string, string>, cookie } }),
        post: async (path, fields = {}) => app.request(path, {
          method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: csrfToken, ...fields }).toString(),
        }),
      };
    };
    const stale = await changeToOffice(await signedIn(REAUTH_WINDOW_MINUTES + 5), person.userId, {});
    expect(stale.status).toBe(400);
    expect(await stale.text()).toContain(`Log opnieuw in om deze wijziging te bevestigen: uw laatste inlog is langer dan ${REAUTH_WINDOW_MINUTES} minuten geleden.`);
    expect(await rolesOf(person.userId)).toEqual(['beoordelaar']);
    const fresh = await changeToOffice(await signedIn(1), person.userId, {});
    expect(fresh.status).toBe(303);
    expect(await rolesOf(person.userId)).toEqual(['programmabureau']);
  });

  it('changes one\'s own password only with the current one, and ends the other sessions', async () => {
    const office = await officeWithPassword();
    const [row] = await database.db.select({ email: users.email }).from(users).where(eq(users.id, await userIdOf(office)));
    const elsewhere = await loginAs(app, row!.email, PASSWORD);
    const NEW = 'een-nieuw-eigen-wachtwoord-88';
    const missing = await office.post('/portaal/wachtwoord', { password: NEW, confirmation: NEW });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Vul uw huidige wachtwoord in om deze wijziging te bevestigen.');
    const wrong = await office.post('/en/portaal/wachtwoord', { huidigWachtwoord: 'fout-fout-fout-fout', password: NEW, confirmation: NEW });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('This is not your current password.');
    const short = await office.post('/portaal/wachtwoord', { huidigWachtwoord: PASSWORD, password: 'kort', confirmation: 'kort' });
    expect(await short.text()).toContain('Kies een wachtwoord van minstens 12 tekens.');
    // Nothing changed so far: the old password still signs in.
    await loginAs(app, row!.email, PASSWORD);
    const saved = await office.post('/portaal/wachtwoord', { huidigWachtwoord: PASSWORD, password: NEW, confirmation: NEW });
    expect(saved.status).toBe(303);
    expect((await office.request('/portaal/wachtwoord')).status).toBe(200);
    expect((await elsewhere.request('/portaal')).status).not.toBe(200);
    await expect(loginAs(app, row!.email, PASSWORD)).rejects.toThrow();
    await loginAs(app, row!.email, NEW);
  });
});


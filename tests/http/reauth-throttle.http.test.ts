import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userRoles, users } from '../../src/db/schema/index.ts';
import { hashPassword } from '../../src/services/auth/password-hash.ts';
import { ACCOUNT_MAX_FAILURES } from '../../src/services/auth/throttles.ts';
import { LOGIN_MAX_FAILURES } from '../../src/domain/login-throttle.ts';
import { loginAs, openForm, type Visitor } from '../helpers/login.ts';
import { makeUser } from '../helpers/portal-factory.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// Confirming a sensitive action with one's password is a login by another door: wrong current passwords count
// with failed logins (per account and address, and per account across addresses) and end in a clear 429.
describe('the throttle on wrong current passwords', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  const PASSWORD = 'een-lang-eigen-wachtwoord-88';
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    // Behind a trusted proxy, so each request can come from an address of its own.
    app = createTestApp(database.db, { TRUST_PROXY: 'true' });
  });
  afterAll(() => database?.dispose());

  const accountWithPassword = async (role: 'programmabureau' | 'beoordelaar') => {
    const actor = await makeUser(database.db, [{ role }]);
    const [row] = await database.db.update(users).set({ passwordHash: await hashPassword(PASSWORD) }).where(eq(users.id, actor.userId))
      .returning({ email: users.email });
    return { userId: actor.userId, email: row!.email, visitor: await loginAs(app, row!.email, PASSWORD) };
  };
  const hashOf = async (userId: number) => (await database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)))[0]!.hash;
  const post = (who: Visitor, path: string, fields: Record<string, string>, address = '192.0.2.1') => who.request(path, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
    body: new URLSearchParams({ _csrf: who.csrfToken, ...fields }).toString(),
  });
  const changePassword = (who: Visitor, current: string, address?: string, locale = '') =>
    post(who, `${locale}/portaal/wachtwoord`, { huidigWachtwoord: current, password: 'een-nieuw-wachtwoord-99', confirmation: 'een-nieuw-wachtwoord-99' }, address);

  it('refuses a password change after too many wrong current passwords, even the right one, with a 429 page in Dutch and English', async () => {
    const { userId, visitor } = await accountWithPassword('beoordelaar');
    const before = await hashOf(userId);
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) expect((await changePassword(visitor, `fout-${i}`)).status).toBe(400);
    const blocked = await changePassword(visitor, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.text()).toMatch(/Te vaak een onjuist wachtwoord\. De wijziging is niet opgeslagen; probeer het over 1[45] minuten opnieuw\./);
    const english = await changePassword(visitor, PASSWORD, undefined, '/en');
    expect(english.status).toBe(429);
    expect(await english.text()).toContain('Too many wrong passwords. The change was not saved');
    expect(await hashOf(userId)).toBe(before);
  });

  it('counts wrong current passwords per account across addresses', async () => {
    const { userId, visitor } = await accountWithPassword('beoordelaar');
    const before = await hashOf(userId);
    for (let i = 0; i < ACCOUNT_MAX_FAILURES; i++) expect((await changePassword(visitor, `fout-${i}`, `198.51.100.${i + 1}`)).status).toBe(400);
    expect((await changePassword(visitor, PASSWORD, '203.0.113.7')).status).toBe(429);
    expect(await hashOf(userId)).toBe(before);
  });

  it('counts them with failed logins: a role change after failed logins from the same address is refused too', async () => {
    const office = await accountWithPassword('programmabureau');
    const person = await makeUser(database.db, [{ role: 'beoordelaar' }]);
    const login = await openForm(app, '/inloggen');
    for (let i = 0; i < LOGIN_MAX_FAILURES - 1; i++) {
      const failed = await login.request('/inloggen', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '192.0.2.50' },
        body: new URLSearchParams({ _csrf: login.csrfToken, email: office.email, password: `fout-${i}` }).toString() });
      expect(failed.status).toBe(400);
    }
    const [row] = await database.db.select({ version: users.version }).from(users).where(eq(users.id, person.userId));
    const change = (current: string) => post(office.visitor, `/portaal/gebruikers/${person.userId}`, { version: String(row!.version), roles: 'programmabureau', huidigWachtwoord: current }, '192.0.2.50');
    expect((await change('nog-een-fout')).status).toBe(400);
    expect((await change(PASSWORD)).status).toBe(429);
    const roles = await database.db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, person.userId));
    expect(roles.map((r) => r.role)).toEqual(['beoordelaar']);
  });

  it('clears the failures of this address once the right password confirms a change', async () => {
    const { userId, visitor } = await accountWithPassword('beoordelaar');
    for (let i = 0; i < LOGIN_MAX_FAILURES - 1; i++) expect((await changePassword(visitor, `fout-${i}`, '192.0.2.77')).status).toBe(400);
    const before = await hashOf(userId);
    expect((await changePassword(visitor, PASSWORD, '192.0.2.77')).status).toBe(303);
    expect(await hashOf(userId)).not.toBe(before);
    // Counting from zero again: five more wrong passwords are each a 400, not a 429 after the first.
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) expect((await changePassword(visitor, `weer-fout-${i}`, '192.0.2.77')).status).toBe(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Database } from '../../src/db/client.ts';
import { commitOrganisationImport } from '../../src/services/imports/import-organisations.ts';
import { seedPublicProgramme } from '../helpers/browser-seeds.ts';
import { TEST_PASSWORD, type TestProgramme } from '../helpers/factories.ts';
import { loginAs, openForm } from '../helpers/login.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// Two app instances, each with its own connection pool, against one PostgreSQL: nothing lives in one process only.
describe.skipIf(!process.env.TEST_DATABASE_URL)('two app instances against one PostgreSQL', () => {
  let database: TestDatabase;
  let second: Database;
  let a: ReturnType<typeof createTestApp>;
  let b: ReturnType<typeof createTestApp>;
  let programme: TestProgramme;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    // Three consortia with awards, budgets and reports in three provinces: every public page has figures.
    ({ programme } = await seedPublicProgramme(database.db));
    second = await openPostgres(database.url as string, { max: 4 });
    // Instances behind one load balancer share the CSRF signing secret, as a deployment configures them.
    const shared = { CSRF_SECRET: 'twee-instanties-delen-dit-geheim-van-32-tekens-of-meer' };
    a = createTestApp(database.db, shared);
    b = createTestApp(second.db, shared);
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await database?.dispose();
  });

  it('accepts a session started on one instance on the other', async () => {
    const visitor = await loginAs(a, programme.office.email, TEST_PASSWORD);
    const onB = await b.request('/portaal', { headers: { cookie: visitor.cookie } });
    expect(onB.status).toBe(200);
    expect(await onB.text()).toContain('Uw rollen: programmabureau');
  });

  it('shows a change made through one instance on the other at once, though it had the answer cached', async () => {
    const before = await b.request('/downloads/organisaties.csv');
    expect(await before.text()).not.toContain('Stichting Twee Instanties');
    expect((await b.request('/downloads/organisaties.csv')).headers.get('x-cache')).toBe('hit');
    await commitOrganisationImport({ db: database.db, actor: programme.office.actor }, new TextEncoder().encode('naam;soort\nStichting Twee Instanties;overig\n'));
    const after = await b.request('/downloads/organisaties.csv');
    expect(after.headers.get('x-cache')).toBeNull();
    expect(await after.text()).toContain('Stichting Twee Instanties');
  });

  it('counts failed logins on both instances together', async () => {
    const email = programme.assessor.email;
    const form = await openForm(a, '/inloggen');
    for (let i = 0; i < 5; i++) {
      const app = i % 2 === 0 ? a : b;
      const res = await app.request('/inloggen', {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: form.cookie },
        body: new URLSearchParams({ _csrf: form.csrfToken, email, password: `fout ${i}` }).toString(),
      });
      expect(res.status).toBe(400);
    }
    const blocked = await b.request('/inloggen', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: form.cookie },
      body: new URLSearchParams({ _csrf: form.csrfToken, email, password: TEST_PASSWORD }).toString(),
    });
    expect(blocked.status).toBe(429);
  });

  it('answers a load spread over both instances without a single error', async () => {
    const paths = ['/', '/dashboard', '/kaart', '/consortia', '/api/v1/kerncijfers', '/dashboard?provincie=PV26'];
    const requests = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? a : b).request(paths[i % paths.length] as string, { headers: { 'Accept-Encoding': 'br, gzip' } }));
    const statuses = (await Promise.all(requests)).map((r) => r.status);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });
});

import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships } from '../../src/db/schema/index.ts';
import { addReport, createConsortium, createProgramme, TEST_PASSWORD } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { loginAs, openForm, type Visitor } from '../helpers/login.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Every portal write route × every role × own and other consortium, through real logins, sessions and CSRF.
// A denial is a redirect to the login page (anonymous) or 403; an allowed request passes authorization and
// then meets validation of this empty form (400/409) or succeeds (2xx/303 elsewhere).
type Who = 'anonymous' | 'office' | 'assessor' | 'own coordinator' | 'other coordinator';
const WHO: Who[] = ['anonymous', 'office', 'assessor', 'own coordinator', 'other coordinator'];
const MAINTAIN = ['office', 'own coordinator'];
const AUTHOR = ['own coordinator'];
const REVIEW = ['office'];
const DISCUSS = ['office', 'own coordinator'];

describe.each(DATABASE_KINDS)('portal authorization matrix over HTTP on %s', (kind) => {
  let database: TestDatabase;
  let visitors: Record<Who, Visitor>;
  let routes: { path: string; allowed: string[] }[];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const app = createTestApp(database.db);
    const db = database.db;
    const programme = await createProgramme(db);
    const own = await createConsortium(db, programme, { ppsAt: ['GM0344'] });
    const other = await createConsortium(db, programme, { ppsAt: ['GM0014'] });
    const reportId = await addReport(db, programme, own, { year: 2024, status: 'ingediend', value: 10 });
    visitors = {
      anonymous: await openForm(app, '/inloggen'),
      office: await loginAs(app, programme.office.email, TEST_PASSWORD),
      assessor: await loginAs(app, programme.assessor.email, TEST_PASSWORD),
      'own coordinator': await loginAs(app, own.coordinator.email, TEST_PASSWORD),
      'other coordinator': await loginAs(app, other.coordinator.email, TEST_PASSWORD),
    };
    const c = own.id;
    const ownPps = own.pps[0]!;
    const [membership] = await db.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.ppsId, ownPps.id), ne(memberships.role, 'penvoerder'))).limit(1);
    const report = { id: reportId };
    routes = [
      { path: `/portaal/consortia/${c}/profiel`, allowed: MAINTAIN },
      { path: `/portaal/consortia/${c}/pps/nieuw`, allowed: MAINTAIN },
      { path: `/portaal/pps/${ownPps.id}`, allowed: MAINTAIN },
      { path: `/portaal/pps/${ownPps.id}/partners`, allowed: MAINTAIN },
      { path: `/portaal/pps/${ownPps.id}/partners/nieuw`, allowed: MAINTAIN },
      { path: `/portaal/pps/${ownPps.id}/partners/${membership!.id}/verwijderen`, allowed: MAINTAIN },
      { path: `/portaal/consortia/${c}/begroting`, allowed: MAINTAIN },
      { path: `/portaal/consortia/${c}/doelen`, allowed: MAINTAIN },
      { path: `/portaal/consortia/${c}/rapportages`, allowed: AUTHOR },
      { path: `/portaal/rapportages/${report!.id}`, allowed: AUTHOR },
      { path: `/portaal/rapportages/${report!.id}/opmerkingen`, allowed: DISCUSS },
      { path: `/portaal/bureau/rapportages/${report!.id}/goedkeuren`, allowed: REVIEW },
      { path: `/portaal/bureau/rapportages/${report!.id}/terugsturen`, allowed: REVIEW },
      { path: `/portaal/bureau/rapportages/${report!.id}/opmerkingen`, allowed: REVIEW },
      { path: '/portaal/gebruikers/uitnodigen', allowed: REVIEW },
      { path: '/portaal/gebruikers/status', allowed: REVIEW },
    ];
  });
  afterAll(() => database?.dispose());

  it('allows and denies exactly as the rules say', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const route of routes) {
      for (const who of WHO) {
        const res = await visitors[who].post(route.path, {});
        const location = res.headers.get('location') ?? '';
        const denied = res.status === 403 || res.status === 401 || (res.status === 303 && location.startsWith('/inloggen'));
        outcomes.push(`${route.path} × ${who}: ${denied ? 'deny' : 'allow'} (${res.status})`.replace(/ \(\d+\)$/, ''));
        expected.push(`${route.path} × ${who}: ${route.allowed.includes(who) ? 'allow' : 'deny'}`);
        if (who === "anonymous") expect(location, route.path).toMatch(/^\/inloggen/);
      }
    }
    expect(outcomes).toEqual(expected);
  });
});

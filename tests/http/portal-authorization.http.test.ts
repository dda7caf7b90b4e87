import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, pps, progressReports, userRoles, users } from '../../src/db/schema/index.ts';
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
    database = await createTestDatabase(kind, { demo: true });
    const app = createTestApp(database.db);
    const db = database.db;
    const coordinators = await db.select({ email: users.email, consortiumId: userRoles.consortiumId }).from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId)).where(eq(userRoles.role, 'coordinator')).limit(2);
    const [own, other] = coordinators as [{ email: string; consortiumId: number }, { email: string; consortiumId: number }];
    const [assessor] = await db.select({ email: users.email }).from(userRoles).innerJoin(users, eq(users.id, userRoles.userId)).where(eq(userRoles.role, 'beoordelaar')).limit(1);
    visitors = {
      anonymous: await openForm(app, '/inloggen'),
      office: await loginAs(app, 'programmabureau@voorbeeld.nl'),
      assessor: await loginAs(app, assessor!.email),
      'own coordinator': await loginAs(app, own.email),
      'other coordinator': await loginAs(app, other.email),
    };
    const c = own.consortiumId;
    const [ownPps] = await db.select({ id: pps.id }).from(pps).where(eq(pps.consortiumId, c)).limit(1);
    const [membership] = await db.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.ppsId, ownPps!.id), ne(memberships.role, 'penvoerder'))).limit(1);
    const [report] = await db.select({ id: progressReports.id }).from(progressReports).where(eq(progressReports.consortiumId, c)).limit(1);
    routes = [
      { path: `/portaal/consortia/${c}/profiel`, allowed: MAINTAIN },
      { path: `/portaal/consortia/${c}/pps/nieuw`, allowed: MAINTAIN },
      { path: `/portaal/pps/${ownPps!.id}`, allowed: MAINTAIN },
      { path: `/portaal/pps/${ownPps!.id}/partners`, allowed: MAINTAIN },
      { path: `/portaal/pps/${ownPps!.id}/partners/nieuw`, allowed: MAINTAIN },
      { path: `/portaal/pps/${ownPps!.id}/partners/${membership!.id}/verwijderen`, allowed: MAINTAIN },
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorText } from '../../src/i18n/errors.ts';
import { importPortal } from '../../src/i18n/import-portal.ts';
import { portalCommon } from '../../src/i18n/portal-common.ts';
import { portalTasks } from '../../src/i18n/portal-tasks.ts';
import { userRolesMessages } from '../../src/i18n/user-roles.ts';
import { as, createPortalTestApp } from '../helpers/portal-test-app.ts';
import { makeConsortium, makeProgramme, makeReport, makeUser } from '../helpers/portal-factory.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// Dutch sentences of the catalogues this work added (plain strings that differ from their English).
function dutchOf(...pairs: [unknown, unknown][]): string[] {
  const out: string[] = [];
  const walk = (nl: unknown, en: unknown) => {
    if (typeof nl === 'string' && typeof en === 'string' && nl !== en && nl.length > 3) out.push(nl);
    else if (nl && typeof nl === 'object' && en && typeof en === 'object') for (const k of Object.keys(nl)) walk((nl as never)[k], (en as never)[k]);
  };
  for (const [nl, en] of pairs) walk(nl, en);
  return out;
}
const DUTCH = [
  ...dutchOf([portalTasks('nl'), portalTasks('en')], [userRolesMessages('nl'), userRolesMessages('en')], [importPortal('nl'), importPortal('en')],
    [portalCommon('nl'), portalCommon('en')]),
  errorText('nl', 'lastOfficeAccount'), errorText('nl', 'stale'), errorText('nl', 'roleRequired'),
];
const textOf = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
const dutchIn = (html: string) => DUTCH.filter((s) => textOf(html).includes(s));

describe('the portal in English, on a small dataset and a fixed date', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createPortalTestApp>;
  let office: Awaited<ReturnType<typeof makeUser>>;
  let coordinator: Awaited<ReturnType<typeof makeUser>>;
  let assessor: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const db = database.db;
    app = createPortalTestApp(db, () => new Date('2026-03-25T12:00:00Z'));
    const programmeId = await makeProgramme(db);
    const consortium = await makeConsortium(db, programmeId, 'Alfa');
    office = await makeUser(db, [{ role: 'programmabureau' }], { name: 'Olga Office' });
    coordinator = await makeUser(db, [{ role: 'coordinator', consortiumId: consortium }], { name: 'Cor Coordinator' });
    assessor = await makeUser(db, [{ role: 'beoordelaar' }], { name: 'Anna Assessor' });
    await makeReport(db, consortium, 2024, 'teruggestuurd', 'Please add the numbers.');
  }, 240_000);
  afterAll(async () => { await database?.dispose(); });

  it('shows each role its home with tasks, and the office its users and role pages, without Dutch from the catalogues', async () => {
    const pages: [typeof office, string][] = [
      [office, '/en/portaal'], [office, '/en/portaal/gebruikers'], [office, `/en/portaal/gebruikers/${coordinator.userId}`], [office, '/en/portaal/import'],
      [coordinator, '/en/portaal'], [coordinator, '/en/portaal/import'], [assessor, '/en/portaal'],
    ];
    for (const [actor, path] of pages) {
      const response = await app.request(path, as(actor));
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain('<html lang="en"');
      expect(dutchIn(html), path).toEqual([]);
    }
    // The same page in Dutch trips the check, so the check can fail.
    expect(dutchIn(await (await app.request('/portaal', as(coordinator))).text())).toContain(portalTasks('nl').title);
    const home = await (await app.request('/en/portaal', as(coordinator))).text();
    expect(textOf(home)).toContain('Revise the returned report');
    expect(textOf(home)).toContain('Submit the progress report');
    expect(textOf(home)).toContain('due 31 March 2026');
  });

  it('refuses taking the last office account its role in English, keeping the form', async () => {
    const form = await (await app.request(`/en/portaal/gebruikers/${office.userId}`, as(office))).text();
    const version = /name="version" value="(\d+)"/.exec(form)![1]!;
    const response = await app.request(`/en/portaal/gebruikers/${office.userId}`, as(office, { version, roles: 'beoordelaar' }));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(textOf(html)).toContain(errorText('en', 'lastOfficeAccount'));
    expect(html).toContain('autofocus');
    expect(dutchIn(html)).toEqual([]);
  });

  it('answers a stale role form with the English conflict, and saves a fresh one back to /en', async () => {
    const path = `/en/portaal/gebruikers/${assessor.userId}`;
    const version = /name="version" value="(\d+)"/.exec(await (await app.request(path, as(office))).text())![1]!;
    const saved = await app.request(path, as(office, { version, roles: ['beoordelaar', 'programmabureau'] }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${path}?melding=opgeslagen`);
    const stale = await app.request(path, as(office, { version, roles: 'beoordelaar' }));
    expect(stale.status).toBe(409);
    expect(textOf(await stale.text())).toContain(errorText('en', 'stale'));
  });
});

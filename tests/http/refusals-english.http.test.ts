import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorText, type ErrorCode } from '../../src/i18n/errors.ts';
import { openForm } from '../helpers/login.ts';
import { as, createPortalTestApp } from '../helpers/portal-test-app.ts';
import { makeConsortium, makeProgramme, makeUser } from '../helpers/portal-factory.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { pps } from '../../src/db/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// Refusals that used to be Dutch sentences thrown by the services: under /en they are English, and the
// Dutch wording of the same code is nowhere on the page.
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
function expectWorded(html: string, codes: ErrorCode[]) {
  for (const code of codes) {
    expect(textOf(html), code).toContain(errorText('en', code));
    expect(textOf(html), code).not.toContain(errorText('nl', code));
  }
}

describe('refusals in English', () => {
  let database: TestDatabase;
  let portal: ReturnType<typeof createPortalTestApp>;
  let coordinator: Awaited<ReturnType<typeof makeUser>>;
  let assessor: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    portal = createPortalTestApp(database.db);
    const consortiumId = await makeConsortium(database.db, await makeProgramme(database.db), 'Sigma');
    coordinator = await makeUser(database.db, [{ role: 'coordinator', consortiumId }]);
    await database.db.insert(pps).values({ consortiumId, slug: 'sigma-pps', name: 'Sigma pps', foundedYear: 2020 });
    assessor = await makeUser(database.db, [{ role: 'beoordelaar' }]);
  }, 240_000);
  afterAll(async () => { await database?.dispose(); });

  it('words a knowledge proposal refused field by field', async () => {
    const response = await portal.request('/en/portaal/kennis/voorstel', as(coordinator, { _csrf: 'test-csrf-token', ppsId: '', title: 'x', summary: '', body: '', contact: '' }));
    expect(response.status).toBe(400);
    expectWorded(await response.text(), ['ppsChoose', 'titleMin3', 'summaryMin10', 'bodyMin20', 'contactRequired']);
  });

  it('words the import refused to an assessor and a missing assessment (selection)', async () => {
    const refused = await portal.request('/en/portaal/import', as(assessor));
    expect(refused.status).toBe(403);
    expectWorded(await refused.text(), ['forbiddenImport']);
    const missing = await portal.request('/en/portaal/beoordelingen/999999', as(assessor));
    expect(missing.status).toBe(404);
    expectWorded(await missing.text(), ['assessmentNotFound']);
  });

  it('words an unknown cancellation link of an event registration', async () => {
    const app = createTestApp(database.db);
    const visitor = await openForm(app, '/en/inloggen');
    const response = await visitor.post(`/en/afmelden/${'x'.repeat(43)}`);
    expect(response.status).toBe(404);
    expectWorded(await response.text(), ['cancelLinkUnknown']);
  });
});

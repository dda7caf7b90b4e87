import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBudget, addReport, addTargets, createConsortium, createProgramme, TEST_PASSWORD } from '../helpers/factories.ts';
import { loginAs, type Visitor } from '../helpers/login.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// Random and adversarial values at every API endpoint, portal form and import, as each role:
// never a 500, never Zod's English. Fixed seed and few runs, so it is quick and repeatable.
const SEED = 20261201;
const ADVERSARIAL = ['\u0000', 'Evil\u202Egnp.exe', '<script>alert(1)</script>', "' OR 1=1 --", '9'.repeat(30), '-1', '0', '2147483648',
  '1e19', '0001-01-01', '%00', 'NaN', '💥'.repeat(50), ' ', 'x'.repeat(5000), '1.234.567,89', '../../etc/passwd', '__proto__', 'constructor'];
const value = fc.oneof(fc.constantFrom(...ADVERSARIAL), fc.string({ maxLength: 40 }), fc.integer().map(String), fc.double().map(String), fc.constantFrom('1', '2', '3'));
const id = fc.oneof(fc.constantFrom('1', '2', '3', '2147483647', '2147483648', '99999999999999', '-1', '0', 'abc', '%00', 'constructor'), fc.nat().map(String));

const API = ['/consortia', '/consortia/{id}', '/consortia/{id}/pps', '/pps', '/pps/{id}', '/organisaties', '/organisaties/{id}', '/indicatoren', '/indicatoren/{id}',
  '/actielijnen', '/begrotingen', '/doelen', '/realisaties', '/kerncijfers', '/gemeenten', '/provincies', '/sectoren'];
const QUERY_KEYS = ['consortium', 'jaar', 'pagina', 'paginaGrootte', 'status', 'q', 'soort', 'provincie', 'onbekend'];
const FORMS = ['/bureau/rapportages/:id/goedkeuren', '/bureau/rapportages/:id/opmerkingen', '/bureau/rapportages/:id/terugsturen', '/consortia/:id/begroting',
  '/consortia/:id/doelen', '/consortia/:id/pps/nieuw', '/consortia/:id/profiel', '/consortia/:id/rapportages', '/pps/:id', '/pps/:id/partners',
  '/pps/:id/partners/:id/verwijderen', '/pps/:id/partners/nieuw', '/rapportages/:id', '/rapportages/:id/opmerkingen', '/gebruikers/uitnodigen', '/gebruikers/status'];
const FIELDS = ['name', 'naam', 'description', 'beschrijving', 'version', 'versie', 'periodYear', 'organisationId', 'note', 'opmerking', 'email', 'role', 'rol',
  'consortiumId', 'userId', 'isActive', 'status', 'foundedYear', 'municipality', 'since', 'until', 'waarde.1.', 'begroting.1.2025.subsidie', 'doel.1.targetValue'];
const IMPORT_TYPES = ['organisaties', 'partners', 'pps', 'begrotingen', 'indicatorwaarden'];

const noServerError = async (response: Response, label: string) => {
  expect(response.status, label).toBeLessThan(500);
  const body = await response.text();
  expect(body, label).not.toMatch(/Invalid input|expected (string|number)|Too (big|small)/);
  return body;
};

describe('fuzzing every edge', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  const roles: Record<string, Visitor> = {};
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = createTestApp(database.db);
    // Small ids (1, 2, 3) of the fuzzed paths meet real records: two consortia with pps'en, budgets, targets and reports.
    const programme = await createProgramme(database.db);
    const own = await createConsortium(database.db, programme);
    const other = await createConsortium(database.db, programme, { ppsAt: ['GM0014'] });
    for (const consortium of [own, other]) {
      await addBudget(database.db, programme, consortium.id, { years: [2024, 2025], amount: 100_000 });
      await addTargets(database.db, programme, consortium.id, { baseline: 10, target: 30 });
      await addReport(database.db, programme, consortium, { year: 2024, status: 'ingediend', value: 15 });
    }
    roles.office = await loginAs(app, programme.office.email, TEST_PASSWORD);
    roles.coordinator = await loginAs(app, own.coordinator.email, TEST_PASSWORD);
    roles.assessor = await loginAs(app, programme.assessor.email, TEST_PASSWORD);
  });
  afterAll(() => database?.dispose());

  it('answers every API endpoint with a 2xx or a Dutch 4xx, whatever the path and query', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...API), id, fc.dictionary(fc.constantFrom(...QUERY_KEYS), value, { maxKeys: 3 }), async (path, ref, query) => {
      const url = `/api/v1${path.replace('{id}', encodeURIComponent(ref))}?${new URLSearchParams(query)}`;
      await noServerError(await app.request(url), url);
    }), { seed: SEED, numRuns: 60 });
  });

  it('answers every portal form as each role with a 2xx, 3xx or 4xx', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom('office', 'coordinator', 'assessor'), fc.constantFrom(...FORMS), id, fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 5 }),
      async (role, path, ref, fields) => {
        const url = `/portaal${path.replaceAll(':id', encodeURIComponent(ref))}`;
        await noServerError(await roles[role]!.post(url, fields), `${role} ${url} ${JSON.stringify(fields)}`);
      }), { seed: SEED, numRuns: 60 });
  });

  it('refuses random files for every import type with reasons, writing nothing that shows unescaped', async () => {
    const row = fc.array(value, { minLength: 1, maxLength: 6 }).map((cells) => cells.join(';'));
    await fc.assert(fc.asyncProperty(fc.constantFrom('office', 'coordinator', 'assessor'), fc.constantFrom(...IMPORT_TYPES), fc.array(row, { maxLength: 5 }), fc.boolean(),
      async (role, soort, rows, withHeader) => {
        const visitor = roles[role]!;
        const form = new FormData();
        form.set('_csrf', visitor.csrfToken);
        form.set('soort', soort);
        form.set('bestand', new File([`${withHeader ? 'naam;soort;consortium;jaar;bedrag\n' : ''}${rows.join('\n')}`], 'f.csv'));
        const body = await noServerError(await visitor.request('/portaal/import/voorbeeld', { method: 'POST', body: form }), `${role} ${soort}`);
        expect(body).not.toContain('<script>alert(1)</script>');
      }), { seed: SEED, numRuns: 40 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, errorText, type ErrorCode } from '../../src/i18n/errors.ts';
import { as, createPortalTestApp, TEST_CSRF } from '../helpers/portal-test-app.ts';
import { makeConsortium, makeProgramme, makeUser } from '../helpers/portal-factory.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// Field problems are codes worded at the edge: bad input under /en shows no Dutch sentence of the error
// catalogue, and neither language shows Zod's own English ("Invalid input", "expected string").
const ZOD_ENGLISH = /Invalid input|expected (string|number)|Too (small|big)|received undefined/i;

// Every Dutch sentence of the catalogue that its English differs from (sentences with values left out).
const DUTCH_SENTENCES = ERROR_CODES.map((code) => [errorText('nl', code), errorText('en', code)] as const)
  .filter(([nl, en]) => !nl.includes('undefined') && nl !== en && nl.length > 12).map(([nl]) => nl);

// The whole page as text; visibleText would leave out what is marked lang="nl", which is all of a Dutch page.
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');

describe('field problems in the reader\'s language', () => {
  let database: TestDatabase;
  let portal: ReturnType<typeof createPortalTestApp>;
  let app: ReturnType<typeof createTestApp>;
  let consortiumId: number;
  let coordinator: Awaited<ReturnType<typeof makeUser>>;
  let office: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    portal = createPortalTestApp(database.db);
    app = createTestApp(database.db);
    consortiumId = await makeConsortium(database.db, await makeProgramme(database.db), 'Omega');
    coordinator = await makeUser(database.db, [{ role: 'coordinator', consortiumId }]);
    office = await makeUser(database.db, [{ role: 'programmabureau' }]);
  }, 240_000);
  afterAll(async () => { await database?.dispose(); });

  const forms = (): { path: string; actor: Awaited<ReturnType<typeof makeUser>>; form: Record<string, string>; codes: ErrorCode[] }[] => [
    { path: `/consortia/${consortiumId}/pps/nieuw`, actor: coordinator,
      form: { name: '', foundedYear: 'abc', municipalityCode: 'x', description: 'x'.repeat(6000), status: 'weg', levels: 'zz' },
      codes: ['ppsNameRequired', 'municipalityChoose', 'max5000'] as ErrorCode[] },
    { path: `/consortia/${consortiumId}/profiel`, actor: coordinator,
      form: { name: '', description: '', provinceCodes: 'PV99', version: '' },
      codes: ['consortiumNameRequired', 'provinceChoose'] as ErrorCode[] },
    { path: '/bureau/regels', actor: office,
      form: { code: 'geen_regel', value: '', validFrom: 'gisteren', source: '', descriptionNl: '', descriptionEn: '' },
      codes: ['ruleChoose', 'valueRequired'] as ErrorCode[] },
    { path: '/gebruikers/uitnodigen', actor: office, form: { email: 'geen-adres', role: 'keizer' }, codes: ['emailInvalid', 'roleChoose'] as ErrorCode[] },
  ];

  it('words refused forms in English under /en, with no Dutch catalogue sentence and no Zod English', async () => {
    for (const { path, actor, form, codes } of forms()) {
      const response = await portal.request(`/en/portaal${path}`, as(actor, { _csrf: TEST_CSRF, ...form }));
      expect(response.status, path).toBe(400);
      const text = textOf(await response.text());
      for (const code of codes) expect(text, `${path} ${code}`).toContain(errorText('en', code));
      expect(DUTCH_SENTENCES.filter((s) => text.includes(s)), path).toEqual([]);
      expect(text, path).not.toMatch(ZOD_ENGLISH);
    }
  });

  it('words the same refusals in Dutch without Zod English', async () => {
    for (const { path, actor, form, codes } of forms()) {
      const response = await portal.request(`/portaal${path}`, as(actor, { _csrf: TEST_CSRF, ...form }));
      expect(response.status, path).toBe(400);
      const text = textOf(await response.text());
      for (const code of codes) expect(text, `${path} ${code}`).toContain(errorText('nl', code));
      expect(text, path).not.toMatch(ZOD_ENGLISH);
    }
  });

  it('lists invalid API parameters in Dutch with no Zod English', async () => {
    const response = await app.request('/api/v1/organisaties?naam=a&paginaGrootte=abc&soort=raket&onbekend=1');
    expect(response.status).toBe(400);
    const body = await response.json() as { invalidParams: { name: string; reason: string }[] };
    const reasons = Object.fromEntries(body.invalidParams.map((p) => [p.name, p.reason]));
    expect(reasons.paginaGrootte).toBe(errorText('nl', 'input.integer'));
    expect(reasons.onbekend).toMatch(/^Onbekende parameter; toegestaan: /);
    expect(reasons.soort).toMatch(/^Moet een van deze waarden zijn: /);
    expect(JSON.stringify(body)).not.toMatch(ZOD_ENGLISH);
  });
});

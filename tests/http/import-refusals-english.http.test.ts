import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorText, type ErrorCode, type ErrorValues } from '../../src/i18n/errors.ts';
import { dutchWordsIn } from '../helpers/dutch-words.ts';
import { createConsortium, createProgramme, TEST_PASSWORD, type TestConsortium } from '../helpers/factories.ts';
import { loginAs, type Visitor } from '../helpers/login.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { PPS_STATUSES } from '../../src/domain/enums.ts';
import { PPS_COLUMNS } from '../../src/domain/import/pps-rows.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// An import refused under /en: every row refusal is English on the page and in the refusal download,
// and neither the Dutch wording of those codes nor any Dutch catalogue word is there.
describe('import refusals in English', () => {
  let database: TestDatabase;
  let office: Visitor;
  let consortium: TestConsortium;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const programme = await createProgramme(database.db);
    consortium = await createConsortium(database.db, programme);
    office = await loginAs(createTestApp(database.db), programme.office.email, TEST_PASSWORD);
  });
  afterAll(() => database?.dispose());

  const file = () => new TextEncoder().encode([
    'consortium;naam;opgericht;status;gemeente;niveaus',
    `${consortium.slug};Alfa;1890;gesloten;Atlantis;mbo`,
    `onbekend;Beta;2020;actief;Atlantis;lyceum`,
    `${consortium.slug};Gamma;=1+1;actief;Atlantis;mbo`,
  ].join('\n'));
  const expected: [ErrorCode, ErrorValues][] = [
    ['import.foundedRange', {}],
    ['import.statusChoose', {}],
    ['import.municipalityUnknown', { value: 'Atlantis' }],
    ['import.levelUnknown', { value: 'lyceum' }],
    ['import.formula', { value: '=1+1' }],
  ];
  // The file's own cells are data, and its column names and code values are the API's Dutch names by design.
  const identifiers = [...Object.keys(PPS_COLUMNS), ...PPS_STATUSES].map((w) => w.toLowerCase());
  const dataWords = new Set(['atlantis', 'lyceum', 'gesloten', 'onbekend', 'alfa', 'beta', 'gamma', ...identifiers]);

  it('shows each refusal of a bad file in English on the preview page', async () => {
    const form = new FormData();
    form.set('_csrf', office.csrfToken);
    form.set('soort', 'pps');
    form.set('bestand', new File([file() as Uint8Array<ArrayBuffer>], 'pps.csv'));
    const response = await office.request('/en/portaal/import/voorbeeld', { method: 'POST', body: form });
    expect(response.status).toBe(400);
    const html = await response.text();
    const text = html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
    for (const [code, values] of expected) {
      expect(text, code).toContain(errorText('en', code, values));
      expect(text, code).not.toContain(errorText('nl', code, values));
    }
    expect(text).toContain('Line 2, column opgericht');
    const slugWords = new Set([...dataWords, ...consortium.slug.toLowerCase().split(/[^a-z]+/)]);
    expect(dutchWordsIn(html, slugWords)).toEqual([]);
  });

  it('downloads the refusals in the reader\'s language', async () => {
    const inhoud = Buffer.from(file()).toString('base64');
    const english = await office.post('/en/portaal/import/weigeringen', { soort: 'pps', inhoud });
    expect(english.headers.get('content-disposition')).toContain('refusals-pps.csv');
    const lines = (await english.text()).trim().split('\r\n');
    expect(lines[0]).toBe('line;column;reason');
    const body = lines.join('\n');
    for (const [code, values] of expected) expect(body, code).not.toContain(errorText('nl', code, values));
    expect(body).toContain(errorText('en', 'import.statusChoose'));
    const dutch = await office.post('/portaal/import/weigeringen', { soort: 'pps', inhoud });
    const dutchBody = await dutch.text();
    expect(dutchBody.split('\r\n')[0]).toBe('regel;kolom;reden');
    expect(dutchBody).toContain(errorText('nl', 'import.statusChoose'));
  });
});

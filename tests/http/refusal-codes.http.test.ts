import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorText, type ErrorCode } from '../../src/i18n/errors.ts';
import { createUser } from '../helpers/factories.ts';
import { createItem, createProgramme } from '../helpers/knowledge-factory.ts';
import { openForm } from '../helpers/login.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// Sign-in, event sign-up and public list query refusals are catalogue codes worded at the edge: each page says them in its own
// language, and the other language's sentence for the same code is nowhere on it.
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
function expectWorded(html: string, locale: 'nl' | 'en', codes: [ErrorCode, Record<string, number>?][]) {
  const other = locale === 'nl' ? 'en' : 'nl';
  for (const [code, values] of codes) {
    expect(textOf(html), code).toContain(errorText(locale, code, values));
    expect(textOf(html), code).not.toContain(errorText(other, code, values));
  }
}

describe('sign-in, sign-up and public query refusals as codes', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  let eventSlug: string;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const { programmeId } = await createProgramme(database.db);
    await createUser(database.db, { role: 'programmabureau', email: 'bureau.codes@voorbeeld.nl' });
    const starts = new Date(Date.now() + 5 * 86_400_000);
    eventSlug = (await createItem(database.db, programmeId, { title: 'Codedag', kind: 'evenement', capacity: 5, startsAt: starts, endsAt: new Date(starts.getTime() + 3_600_000) })).slug;
    app = createTestApp(database.db);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it.each(['nl', 'en'] as const)('words missing sign-in fields and a failed sign-in in %s', async (locale) => {
    const prefix = locale === 'en' ? '/en' : '';
    const form = await openForm(app, `${prefix}/inloggen`);
    const empty = await form.post(`${prefix}/inloggen`, { email: '', password: '' });
    expect(empty.status).toBe(400);
    expectWorded(await empty.text(), locale, [['loginEmailRequired'], ['loginPasswordRequired']]);
    const wrong = await form.post(`${prefix}/inloggen`, { email: 'bureau.codes@voorbeeld.nl', password: 'niet-het-goede-wachtwoord' });
    expect(wrong.status).toBe(400);
    const html = await wrong.text();
    expectWorded(html, locale, [['loginFailed']]);
    // The problem links to its field, as every error summary of the kit does.
    expect(html).toContain('href="#veld-email"');
  });

  it.each(['nl', 'en'] as const)('words a refused event sign-up field by field in %s, from the schema codes', async (locale) => {
    const path = `${locale === 'en' ? '/en' : ''}/aanmelden/${eventSlug}`;
    const form = await openForm(app, path);
    const bad = await form.post(path, { name: 'A', email: 'geen-adres', organisation: 'x'.repeat(201) });
    expect(bad.status).toBe(400);
    expectWorded(await bad.text(), locale, [['nameRequired'], ['emailInvalid'], ['max200']]);
    await form.post(path, { name: 'Anna', email: `anna.${locale}@voorbeeld.nl` });
    const again = await form.post(path, { name: 'Anna', email: `anna.${locale}@voorbeeld.nl` });
    expect(again.status).toBe(409);
    expectWorded(await again.text(), locale, [['registrationDuplicate']]);
  });

  it.each(['nl', 'en'] as const)('lists a refused public list query per parameter in %s, labelled in the page language', async (locale) => {
    const response = await app.request(`${locale === 'en' ? '/en' : ''}/pps?richting=omhoog&pagina=0`);
    expect(response.status).toBe(400);
    const html = await response.text();
    expectWorded(html, locale, [['publicQueryInvalid'], ['input.tooSmall', { min: 1, exclusive: 0 }]]);
    expect(textOf(html)).toContain(locale === 'en' ? 'direction (richting): ' : 'richting: ');
  });

  it.each(['nl', 'en'] as const)('words the dashboard and map filters as codes in %s, on the page and on a chart download', async (locale) => {
    const prefix = locale === 'en' ? '/en' : '';
    const dashboard = await app.request(`${prefix}/dashboard?jaar=2019&onzin=1`);
    expect(dashboard.status).toBe(400);
    expectWorded(await dashboard.text(), locale, [['filterYearMin'], ['filterUnknown']]);
    const map = await app.request(`${prefix}/kaart?actielijn=AL1`);
    expect(map.status).toBe(400);
    expectWorded(await map.text(), locale, [['filterNotOnMap']]);
    const chart = await app.request(`${prefix}/dashboard/samenstelling.csv?provincie=PV99`);
    expect(chart.status).toBe(400);
    expectWorded(await chart.text(), locale, [['filterInvalid'], ['filterProvince']]);
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, organisations } from '../../src/db/schema/index.ts';
import { fingerprint } from '../helpers/db-fingerprint.ts';
import { addBudget, createConsortium, createOrganisation, createProgramme, TEST_PASSWORD, type TestProgramme } from '../helpers/factories.ts';
import { loginAs as loginWith } from '../helpers/login.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// The import in the portal: upload, check, then import everything in one go, without JavaScript.
describe('importing in the portal', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  let programme: TestProgramme;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = createTestApp(database.db);
    programme = await createProgramme(database.db);
  });
  const loginAs = (email: string) => loginWith(app, email, TEST_PASSWORD);
  /** A consortium of the test's own, and its coordinator signed in. */
  const coordinatorOfNewConsortium = async () => {
    const consortium = await createConsortium(database.db, programme, { ppsAt: ['GM0014'] });
    return { consortium, coordinator: await loginAs(consortium.coordinator.email) };
  };
  afterAll(() => database?.dispose());

  it('lets the office check a file, then import it, and refuses a bad file with its reasons', async () => {
    const office = await loginAs(programme.office.email);
    const upload = (text: string) => {
      const form = new FormData();
      form.set('_csrf', office.csrfToken);
      form.set('soort', 'organisaties');
      form.set('bestand', new File([text], 'organisaties.csv', { type: 'text/csv' }));
      return office.request('/portaal/import/voorbeeld', { method: 'POST', body: form });
    };
    const checked = await upload('naam;soort\nStichting Portaalimport;overig\n');
    expect(checked.status).toBe(200);
    const html = await checked.text();
    expect(html).toContain('Stichting Portaalimport');
    const content = /name="inhoud" value="([^"]+)"/.exec(html)?.[1] as string;
    expect(await database.db.select().from(organisations).where(eq(organisations.name, 'Stichting Portaalimport'))).toHaveLength(0);
    const done = await office.post('/portaal/import/inlezen', { soort: 'organisaties', inhoud: content });
    expect(done.status).toBe(303);
    expect(await database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, 'Stichting Portaalimport'))).toHaveLength(1);

    const bad = await upload('naam;soort;telefoon\nX;overig;06\n');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Onbekende kolom &quot;telefoon&quot;');
  });

  it('lets a coordinator import the budget of their own consortium from an Excel file, and shows when a file changes nothing', async () => {
    const { consortium, coordinator } = await coordinatorOfNewConsortium();
    // An education budget on AL4 in 2027 that the file changes to € 200.000.
    await addBudget(database.db, programme, consortium.id, { years: [2027], amount: 150_000, source: 'onderwijs' });
    const page = await (await coordinator.request('/portaal/import')).text();
    expect(page).not.toContain('value="organisaties"');
    expect(page).toContain('href="/downloads/sjablonen/begrotingen.xlsx"');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Begroting').addRows([['Consortium', 'Actielijn', 'Jaar', 'Bron', 'Bedrag'], [consortium.slug, 'AL4', 2027, 'Onderwijs', '€ 0,2 mln']]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const upload = async () => {
      const form = new FormData();
      form.set('_csrf', coordinator.csrfToken);
      form.set('soort', 'begrotingen');
      form.set('bestand', new File([bytes], 'begroting.xlsx'));
      return coordinator.request('/portaal/import/voorbeeld', { method: 'POST', body: form });
    };
    const html = await (await upload()).text();
    expect(html).toContain(`${consortium.slug} AL4 2027 onderwijs: € 200.000`);
    const content = /name="inhoud" value="([^"]+)"/.exec(html)?.[1] as string;
    expect((await coordinator.post('/portaal/import/inlezen', { soort: 'begrotingen', inhoud: content })).headers.get('location')).toBe('/portaal/import?ingelezen=1&nieuw=0&gewijzigd=1');
    const [line] = await database.db.select({ amount: budgetLines.plannedAmount }).from(budgetLines)
      .where(and(eq(budgetLines.consortiumId, consortium.id), eq(budgetLines.actionLineId, programme.actionLines.find((l) => l.code === 'AL4')!.id),
        eq(budgetLines.year, 2027), eq(budgetLines.source, 'onderwijs')));
    expect(line?.amount).toBe(200_000);
    const again = await (await upload()).text();
    expect(again).toContain('Het bestand verandert niets');
    expect(again).not.toContain('Alles inlezen');
  });

  it('checks the file again when a commit is refused, and shows each refusal with its own line and column', async () => {
    const { consortium, coordinator } = await coordinatorOfNewConsortium();
    const ppsSlug = consortium.pps[0]!.slug;
    const kvk = String(99_000_000 + consortium.id);
    await createOrganisation(database.db, { name: `Hogeschool Het Hogeland ${consortium.id}`, kind: 'onderwijsinstelling', kvkNumber: kvk });
    const checked = async (name: string, since: string) => {
      const form = new FormData();
      form.set('_csrf', coordinator.csrfToken);
      form.set('soort', 'partners');
      form.set('bestand', new File([`pps;organisatie;kvk;sinds\n${ppsSlug};X;${kvk};${since}\n`], name));
      const html = await (await coordinator.request('/portaal/import/voorbeeld', { method: 'POST', body: form })).text();
      return { inhoud: /name="inhoud" value="([^"]+)"/.exec(html)?.[1] as string, bestandsnaam: /name="bestandsnaam" value="([^"]+)"/.exec(html)?.[1] as string };
    };
    // Two overlapping periods, each fine on its own, checked side by side; the first import makes the second clash.
    const first = await checked('sept.csv', '01-09-2025');
    const second = await checked('jan.csv', '01-01-2026');
    expect(second.bestandsnaam).toBe('jan.csv');
    expect((await coordinator.post('/portaal/import/inlezen', { soort: 'partners', ...first })).status).toBe(303);
    const refused = await coordinator.post('/portaal/import/inlezen', { soort: 'partners', ...second });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('Niets ingelezen: 1 regel(s) geweigerd.');
    expect(html).toContain('Controle van jan.csv');
    expect(html).toContain(`<li>Regel 2, kolom sinds: Hogeschool Het Hogeland ${consortium.id} is in die periode al partner van &quot;${ppsSlug}&quot; (vanaf 01-09-2025).</li>`);
    expect(html).not.toContain('Alles inlezen');
  });

  it('refuses organisations from a coordinator', async () => {
    const { coordinator } = await coordinatorOfNewConsortium();
    const form = new FormData();
    form.set('_csrf', coordinator.csrfToken);
    form.set('soort', 'organisaties');
    form.set('bestand', new File(['naam;soort\nStiekem B.V.;overig\n'], 'o.csv'));
    expect((await coordinator.request('/portaal/import/voorbeeld', { method: 'POST', body: form })).status).toBe(403);
  });

  it('refuses a 100 MB upload before reading it, with a Dutch message, and writes nothing', async () => {
    const office = await loginAs(programme.office.email);
    const before = await fingerprint(database.db);
    const form = new FormData();
    form.set('_csrf', office.csrfToken);
    form.set('soort', 'organisaties');
    form.set('bestand', new File([new Uint8Array(100 * 1024 * 1024).fill(0x41)], 'groot.csv', { type: 'text/csv' }));
    const res = await office.request('/portaal/import/voorbeeld', { method: 'POST', body: form });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Het bestand is te groot; de grens is 10 MB. Splits het bestand op.');
    expect(await fingerprint(database.db)).toEqual(before);
    // Other forms have a smaller limit.
    const big = await office.post('/portaal/gebruikers/uitnodigen', { email: 'x'.repeat(2 * 1024 * 1024) });
    expect(big.status).toBe(413);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/db/schema/index.ts';
import { loginAs } from '../helpers/login.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// The import in the portal: upload, check, then import everything in one go, without JavaScript.
describe('importing in the portal', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite', { demo: true });
    app = createTestApp(database.db);
  });
  afterAll(() => database?.dispose());

  it('lets the office check a file, then import it, and refuses a bad file with its reasons', async () => {
    const office = await loginAs(app, 'programmabureau@voorbeeld.nl');
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
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

describe('the open data page', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    // The page shows no data: an empty database is enough (a template copy is cheaper than initdb).
    database = await createTestDatabase('pglite');
    app = createTestApp(database.db);
  });
  afterAll(() => database?.dispose());

  it('links the OpenAPI document and only resources the API has, in Dutch and English', async () => {
    const doc = await (await app.request('/api/v1/openapi.json')).json();
    for (const [path, heading] of [['/open-data', 'Open data en API'], ['/en/open-data', 'Open data and API']] as const) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<h1 class="utrecht-heading-1">${heading}</h1>`);
      expect(html).toContain('href="/api/v1/openapi.json"');
      const linked = [...html.matchAll(/href="\/api\/v1(\/[a-z-]+)"/g)].map((m) => m[1]);
      expect(linked.length).toBeGreaterThan(8);
      for (const resource of linked) expect(Object.keys(doc.paths), resource).toContain(resource);
      expect(html).toContain('id="downloads"');
    }
  });
});

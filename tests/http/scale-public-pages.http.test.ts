import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitOrganisationImport } from '../../src/services/imports/import-organisations.ts';
import { createConsortium, createProgramme, type TestConsortium, type TestProgramme } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// What keeps the public pages fast at national scale (#12), on a small programme of its own: consortium pages and
// the key figures come from the response cache until a write, and the dashboard's consortium search resolves names.
describe.each(DATABASE_KINDS)('public pages at scale on %s', (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  let programme: TestProgramme;
  let north: TestConsortium;
  let south: TestConsortium;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    programme = await createProgramme(database.db);
    north = await createConsortium(database.db, programme, { ppsAt: ['GM0344'] });
    south = await createConsortium(database.db, programme, { ppsAt: ['GM0599'] });
    app = createTestApp(database.db);
  });
  afterAll(() => database?.dispose());

  it('serves a consortium page and the key figures from the cache until the data change', async () => {
    for (const path of [`/consortia/${north.slug}`, '/api/v1/kerncijfers']) {
      const first = await app.request(path);
      expect(first.status).toBe(200);
      const again = await app.request(path, { headers: { 'If-None-Match': first.headers.get('etag') ?? '' } });
      expect(again.headers.get('x-cache')).toBe('hit');
      expect(again.status).toBe(304);
    }
    // Any use-case write moves the shared generation (its audit row), as an import does.
    await commitOrganisationImport({ db: database.db, actor: programme.office.actor }, new TextEncoder().encode('naam;soort\nStichting Schaaltest;overig\n'));
    expect((await app.request(`/consortia/${north.slug}`)).headers.get('x-cache')).toBeNull();
    expect((await app.request('/api/v1/kerncijfers')).headers.get('x-cache')).toBeNull();
  });

  it('resolves a consortium typed by name, and says which ones a vague text matches', async () => {
    const byName = await app.request(`/dashboard?consortium=${encodeURIComponent(north.name.toUpperCase())}`);
    expect(byName.status).toBe(200);
    expect(await byName.text()).toContain(`Consortium: ${north.name}`);
    const vague = await app.request('/dashboard?consortium=Testconsortium');
    expect(vague.status).toBe(400);
    const html = await vague.text();
    expect(html).toContain('2 consortia passen bij deze tekst');
    expect(html).toContain(south.name);
    const none = await app.request('/en/dashboard?consortium=bestaat-niet');
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('This consortium does not exist.');
  });
});

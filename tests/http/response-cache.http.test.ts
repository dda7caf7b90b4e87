import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitOrganisationImport } from '../../src/services/imports/import-organisations.ts';
import { createConsortium, createProgramme, type TestProgramme } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Heavy public answers come from the cache until a use-case writes; then the next answer has the change.
describe.each(DATABASE_KINDS)('the response cache on %s', (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  let programme: TestProgramme;
  beforeAll(async () => {
    // A small programme of its own: the cache does not care how much data there is.
    database = await createTestDatabase(kind);
    programme = await createProgramme(database.db);
    await createConsortium(database.db, programme);
    app = createTestApp(database.db);
  });
  afterAll(() => database?.dispose());

  it('serves a repeated download from the cache and shows an import at once', async () => {
    const first = await app.request('/downloads/organisaties.csv');
    const body = await first.text();
    const again = await app.request('/downloads/organisaties.csv');
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await again.text()).toBe(body);
    await commitOrganisationImport({ db: database.db, actor: programme.office.actor }, new TextEncoder().encode('naam;soort\nStichting Cachetest;overig\n'));
    const after = await app.request('/downloads/organisaties.csv');
    expect(after.headers.get('x-cache')).toBeNull();
    expect(await after.text()).toContain('Stichting Cachetest');
  });

  it('keeps the pages of other languages and filters apart, and leaves the portal alone', async () => {
    await app.request('/dashboard?provincie=PV20');
    expect((await app.request('/dashboard?provincie=PV20')).headers.get('x-cache')).toBe('hit');
    expect((await app.request('/dashboard?provincie=PV21')).headers.get('x-cache')).toBeNull();
    expect((await app.request('/en/dashboard?provincie=PV20')).headers.get('x-cache')).toBeNull();
    await app.request('/inloggen');
    expect((await app.request('/inloggen')).headers.get('x-cache')).toBeNull();
  });
});

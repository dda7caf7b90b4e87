import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followDataGeneration } from '../../src/services/audit/follow-data-generation.ts';
import { getDataGeneration } from '../../src/services/audit/get-data-generation.ts';
import { createConsortium, createProgramme, type TestConsortium } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// The generation moves with every committed write to data the public sees, audited or not (migration 0012), once
// per transaction; the app's bookkeeping (visit counts, sessions) leaves it, so visits do not empty the cache.
describe.each(DATABASE_KINDS)('the data generation on %s', (kind) => {
  let database: TestDatabase;
  let consortium: TestConsortium;
  const generation = () => getDataGeneration({ db: database.db, actor: null });
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    consortium = await createConsortium(database.db, await createProgramme(database.db));
  });
  afterAll(() => database?.dispose());

  it('invalidates a cached page after a write that adds no audit row', async () => {
    const app = createTestApp(database.db);
    const path = `/consortia/${consortium.slug}`;
    expect((await app.request(path)).status).toBe(200);
    expect((await app.request(path)).headers.get('x-cache')).toBe('hit');
    await database.db.execute(sql`update consortia set name = 'Hernoemd Zonder Auditregel' where id = ${consortium.id}`);
    const after = await app.request(path);
    expect(after.headers.get('x-cache')).toBeNull();
    expect(await after.text()).toContain('Hernoemd Zonder Auditregel');
  });

  it('moves once per committed transaction, and not at all when it rolls back', async () => {
    const before = await generation();
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`update consortia set description = 'een' where id = ${consortium.id}`);
      await tx.execute(sql`update consortia set description = 'twee' where id = ${consortium.id}`);
    });
    expect(await generation()).toBe(before + 1);
    await expect(database.db.transaction(async (tx) => {
      await tx.execute(sql`update consortia set description = 'drie' where id = ${consortium.id}`);
      throw new Error('terug');
    })).rejects.toThrow('terug');
    expect(await generation()).toBe(before + 1);
  });

  it('is kept in memory where the database is embedded, heard before the write returns; read on a server', async () => {
    const followed = await followDataGeneration({ db: database.db, actor: null });
    if (kind === 'postgres') return expect(followed).toBeNull();
    await database.db.execute(sql`update consortia set description = 'vier' where id = ${consortium.id}`);
    expect(followed?.()).toBe(await generation());
  });

  it('moves with a municipality changed by hand, which has no audit row and no figures trigger', async () => {
    const before = await generation();
    await database.db.execute(sql`update municipalities set latitude = latitude + 0.001 where code = 'GM0344'`);
    await database.db.execute(sql`select refresh_public_counts()`);
    expect(await generation()).toBe(before + 2);
  });

  it('stays put for visit counts and sessions', async () => {
    const before = await generation();
    await database.db.execute(sql`insert into page_views (path, day, views) values ('/dashboard', '2026-01-01', 1)`);
    await database.db.execute(sql`delete from sessions`);
    expect(await generation()).toBe(before);
  });
});

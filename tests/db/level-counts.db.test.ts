import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/db/schema/index.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { getConsortiumLevels, getLevelCounts } from '../../src/services/dashboard/get-sectors-and-levels.ts';
import { resolveScope } from '../../src/services/dashboard/resolve-scope.ts';
import { createConsortium, createProgramme } from '../helpers/factories.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Consortia per number of education levels, precomputed per scope (migration 0012), against each consortium's levels.
describe.each(DATABASE_KINDS)('precomputed level counts on %s', (kind) => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    ctx = { db: database.db, actor: null };
  });
  afterAll(() => database?.dispose());

  it('count each consortium in scope once, under its number of levels, and follow a level added', async () => {
    const programme = await createProgramme(database.db);
    const one = await createConsortium(database.db, programme, { ppsAt: ['GM0344'], sectors: ['zorg'] });
    const two = await createConsortium(database.db, programme, { ppsAt: ['GM0599'], sectors: ['zorg', 'energie'] });
    await database.db.insert(s.consortiumLevels).values({ consortiumId: two.id, level: 'hbo' });
    const agree = async () => {
      for (const filter of [{}, { sector: 'zorg' }, { sector: 'energie' }, { provincie: 'PV26' }, { consortium: one.slug }]) {
        const scope = await resolveScope(ctx, filter);
        const expected = new Map<number, number>();
        for (const c of await getConsortiumLevels(ctx, scope)) expected.set(c.levels.length, (expected.get(c.levels.length) ?? 0) + 1);
        expect(await getLevelCounts(ctx, scope)).toEqual(expected);
      }
    };
    await agree();
    expect(await getLevelCounts(ctx, await resolveScope(ctx, {}))).toEqual(new Map([[1, 1], [2, 1]]));
    await database.db.insert(s.consortiumLevels).values({ consortiumId: one.id, level: 'wo' });
    await agree();
    expect(await getLevelCounts(ctx, await resolveScope(ctx, {}))).toEqual(new Map([[2, 2]]));
  });
});

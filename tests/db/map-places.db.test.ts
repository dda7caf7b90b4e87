import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/db/schema/index.ts';
import type { DashboardFilter } from '../../src/domain/dashboard/filter.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { listMapPlaces } from '../../src/services/dashboard/list-map-places.ts';
import { listMapPpsPage } from '../../src/services/dashboard/list-map-pps-page.ts';
import { resolveScope } from '../../src/services/dashboard/resolve-scope.ts';
import { createConsortium, createProgramme, type TestConsortium } from '../helpers/factories.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// The map's places and list totals from the precomputed places (migration 0011), beside the same counted from the
// base tables (the direct path, taken when the scope has no key): the oracle. The page does not depend on order.
const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

describe.each(DATABASE_KINDS)('precomputed map places on %s', (kind) => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let north: TestConsortium;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    ctx = { db: database.db, actor: null };
    const programme = await createProgramme(database.db);
    north = await createConsortium(database.db, programme, { ppsAt: ['GM0344', 'GM0363', 'GM0344'], sectors: ['energie', 'zorg'], companiesPerPps: 1 });
    await createConsortium(database.db, programme, { ppsAt: ['GM0599', 'GM0344'], sectors: ['zorg'], companiesPerPps: 1 });
  });
  afterAll(() => database?.dispose());

  const agree = async (filter: DashboardFilter) => {
    const scope = await resolveScope(ctx, filter);
    expect(scope.key).not.toBeNull();
    const direct = { ...scope, key: null };
    const [places, expected] = [await listMapPlaces(ctx, scope), await listMapPlaces(ctx, direct)];
    expect(places.length).toBeGreaterThan(0);
    expect(sorted(places)).toEqual(sorted(expected));
    for (const page of [1, 2, 3]) expect(await listMapPpsPage(ctx, scope, page, 2)).toEqual(await listMapPpsPage(ctx, direct, page, 2));
  };

  it('equal the places counted from the base tables for every single choice', async () => {
    for (const filter of [{}, { provincie: 'PV26' }, { provincie: 'PV28' }, { sector: 'zorg' }, { sector: 'energie' }, { consortium: north.slug }]) {
      await agree(filter);
    }
  });

  it('follow a pps that moves and one that loses its municipality for its own coordinates', async () => {
    await database.db.update(s.pps).set({ municipalityCode: 'GM0599' }).where(eq(s.pps.id, north.pps[0]!.id));
    await database.db.update(s.pps).set({ municipalityCode: null, latitude: 52.1, longitude: 5.1 }).where(eq(s.pps.id, north.pps[1]!.id));
    for (const filter of [{}, { provincie: 'PV26' }, { sector: 'energie' }, { consortium: north.slug }]) await agree(filter);
  });
});

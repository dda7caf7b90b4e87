import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/db/schema/index.ts';
import type { DashboardFilter } from '../../src/domain/dashboard/filter.ts';
import type { Locale } from '../../src/domain/format.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import type { MapGrouping } from '../../src/services/dashboard/count-map-overview.ts';
import { getMapOverview } from '../../src/services/dashboard/get-map-overview.ts';
import { listMapPps } from '../../src/services/dashboard/list-map-pps.ts';
import { listMapPpsPage } from '../../src/services/dashboard/list-map-pps-page.ts';
import { resolveScope, type Scope } from '../../src/services/dashboard/resolve-scope.ts';
import { mapFigures } from '../../src/views/map/network-map-chart.ts';
import { createConsortium, createProgramme, type TestConsortium } from '../helpers/factories.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// The map page's figures, counted in SQL from the precomputed places (migration 0011) or, for combined filters, from
// the base tables, must be what the SVG counts from every pps (listMapPps): the oracle. Group order is the view's.
const byLabel = (groups: { label: string | null; count: number }[]) => [...groups].sort((a, b) => String(a.label).localeCompare(String(b.label)));

describe.each(DATABASE_KINDS)('map figures counted in the database on %s', (kind) => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let north: TestConsortium;
  let south: TestConsortium;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    ctx = { db: database.db, actor: null };
    const programme = await createProgramme(database.db);
    north = await createConsortium(database.db, programme, { ppsAt: ['GM0344', 'GM0363', 'GM0344', 'GM0344'], sectors: ['energie', 'zorg'], companiesPerPps: 1 });
    south = await createConsortium(database.db, programme, { ppsAt: ['GM0599', 'GM0344', 'GM0307'], sectors: ['zorg'], companiesPerPps: 1 });
  });
  afterAll(() => database?.dispose());

  const agree = async (filter: DashboardFilter) => {
    const scope = await resolveScope(ctx, filter);
    const points = await listMapPps(ctx, scope);
    for (const [grouping, locale] of [['consortium', 'nl'], ['sector', 'nl'], ['sector', 'en']] as [MapGrouping, Locale][]) {
      const expected = mapFigures(points, grouping, locale);
      for (const s of [scope, { ...scope, key: null } satisfies Scope]) {
        const overview = await getMapOverview(ctx, s, grouping, locale);
        expect(byLabel(overview.groups)).toEqual(byLabel(expected.groups));
        expect({ total: overview.total, places: overview.places, provinces: overview.provinces.length, largest: overview.largest })
          .toEqual({ total: expected.total, places: expected.places, provinces: expected.provinces, largest: expected.largest });
        // The list's province headings count the same pps'en, in province order, as the list counts them itself.
        expect(overview.provinces).toEqual((await listMapPpsPage(ctx, { ...scope, key: null }, 1, 2)).provinces);
      }
    }
    return points.length;
  };
  const filters = (): DashboardFilter[] => [{}, { provincie: 'PV26' }, { provincie: 'PV28' }, { sector: 'zorg' }, { sector: 'energie' },
    { consortium: north.slug }, { provincie: 'PV26', sector: 'zorg' }];

  it('equal what the SVG counts from every pps, for each single choice and a combination', async () => {
    expect(await agree({})).toBe(7);
    for (const filter of filters()) await agree(filter);
  });

  it('follow pps’en that move, lose their sector, or are placed by their own coordinates', async () => {
    await database.db.update(s.pps).set({ municipalityCode: 'GM0599' }).where(eq(s.pps.id, north.pps[0]!.id));
    // Two pps'en of one consortium at their own coordinates, 40 m apart: one place and one marker of two.
    await database.db.update(s.pps).set({ municipalityCode: null, latitude: 52.1001, longitude: 5.1001 }).where(eq(s.pps.id, north.pps[1]!.id));
    await database.db.update(s.pps).set({ municipalityCode: null, latitude: 52.0999, longitude: 5.1004 }).where(eq(s.pps.id, north.pps[2]!.id));
    await database.db.update(s.pps).set({ municipalityCode: null, latitude: 52.3, longitude: 4.9 }).where(eq(s.pps.id, south.pps[1]!.id));
    await database.db.delete(s.ppsSectors).where(eq(s.ppsSectors.ppsId, south.pps[0]!.id));
    for (const filter of filters()) await agree(filter);
    const overview = await getMapOverview(ctx, await resolveScope(ctx, { consortium: north.slug }), 'consortium', 'nl');
    expect(overview).toMatchObject({ total: 4, places: 3, largest: 2 });
    expect((await getMapOverview(ctx, await resolveScope(ctx, {}), 'sector', 'en')).groups).toContainEqual({ label: null, count: 1 });
  });

  it('count by name when two consortia share one, as the SVG groups them', async () => {
    await database.db.update(s.consortia).set({ name: north.name }).where(eq(s.consortia.id, south.id));
    await database.db.update(s.pps).set({ municipalityCode: 'GM0344' }).where(inArray(s.pps.id, [south.pps[0]!.id, south.pps[2]!.id]));
    for (const filter of [{}, { provincie: 'PV26' }, { sector: 'zorg' }]) await agree(filter);
    // One pps of north and two of south in GM0344: one marker of three under the shared name (per consortium, two).
    expect((await getMapOverview(ctx, await resolveScope(ctx, {}), 'consortium', 'nl')).largest).toBe(3);
  });
});

import { and, eq, sql } from 'drizzle-orm';
import { publicMapPlaces as places } from '../../db/derived/public-figures.ts';
import { consortia, municipalities, sectors } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { countMapPlaces } from './count-map-places.ts';
import type { MapPps } from './list-map-pps.ts';
import type { Scope } from './resolve-scope.ts';

/** The pps'en of one group at one place: what a marker, the legend and the summary need, without the names. */
export type MapPlace = Pick<MapPps, 'consortiumName' | 'sectorNl' | 'sectorEn' | 'municipalityCode' | 'provinceCode' | 'latitude' | 'longitude'> & { count: number };

/**
 * The map's places of a scope: from the precomputed places of a single choice (migration 0011), a few thousand
 * rows at ×100 instead of all 29.200 pps'en; combined filters count from the base tables.
 */
export async function listMapPlaces(ctx: ServiceContext, scope: Scope): Promise<MapPlace[]> {
  if (scope.key === null) return countMapPlaces(ctx, scope);
  // The municipality's coordinates win over the pps's own, as in countMapPlaces; joined here, so they stay current.
  const latitude = sql<number>`coalesce(${municipalities.latitude}, ${places.latitude})`;
  const longitude = sql<number>`coalesce(${municipalities.longitude}, ${places.longitude})`;
  const rows = await ctx.db
    .select({
      consortiumName: consortia.name, sectorNl: sectors.nameNl, sectorEn: sectors.nameEn, municipalityCode: municipalities.code,
      provinceCode: places.provinceCode, latitude, longitude, count: sql<number>`sum(${places.pps})::int`,
    })
    .from(places)
    .innerJoin(consortia, eq(consortia.id, places.consortiumId))
    .leftJoin(sectors, eq(sectors.code, places.sectorCode))
    .leftJoin(municipalities, eq(municipalities.code, places.municipalityCode))
    .where(and(eq(places.programmeId, scope.programmeId), eq(places.scope, scope.key)))
    // No order: the page's groups sort themselves, and a hash aggregate of 17.000 places at ×100 beats a sort.
    .groupBy(consortia.name, sectors.nameNl, sectors.nameEn, municipalities.code, places.provinceCode, latitude, longitude);
  return rows.filter((r): r is MapPlace => r.latitude !== null && r.longitude !== null);
}

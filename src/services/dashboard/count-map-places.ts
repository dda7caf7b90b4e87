import { asc, eq, sql } from 'drizzle-orm';
import { consortia, municipalities, pps, ppsProvinces, ppsSectors, sectors } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import type { MapPlace } from './list-map-places.ts';
import type { Scope } from './resolve-scope.ts';

/**
 * The pps'en in scope counted per consortium, first sector and place, as listMapPps places them, from the base
 * tables: for combined filters, which have no precomputed places, and as the tests' oracle.
 */
export async function countMapPlaces(ctx: ServiceContext, scope: Scope): Promise<MapPlace[]> {
  // The first sector (by code-list position) and province (by code) of each pps, as listMapPps; hash aggregates, no sort.
  const firstSector = ctx.db.select({ ppsId: ppsSectors.ppsId, position: sql<number>`min(${sectors.position})`.as('first_position') })
    .from(ppsSectors).innerJoin(sectors, eq(sectors.code, ppsSectors.sectorCode)).groupBy(ppsSectors.ppsId).as('first_sector');
  const firstProvince = ctx.db.select({ ppsId: ppsProvinces.ppsId, code: sql<string>`min(${ppsProvinces.provinceCode})`.as('first_code') })
    .from(ppsProvinces).groupBy(ppsProvinces.ppsId).as('first_province');
  const located = ctx.db
    .select({
      consortiumId: pps.consortiumId, sectorPosition: firstSector.position, provinceCode: firstProvince.code,
      municipalityCode: municipalities.code,
      latitude: sql<number>`coalesce(${municipalities.latitude}, ${pps.latitude})`.as('latitude'),
      longitude: sql<number>`coalesce(${municipalities.longitude}, ${pps.longitude})`.as('longitude'),
    })
    .from(pps)
    .innerJoin(firstProvince, eq(firstProvince.ppsId, pps.id))
    .leftJoin(firstSector, eq(firstSector.ppsId, pps.id))
    .leftJoin(municipalities, eq(municipalities.code, pps.municipalityCode))
    .where(scope.inPps(pps.id))
    .as('located');
  const rows = await ctx.db
    .select({
      consortiumName: consortia.name, sectorNl: sectors.nameNl, sectorEn: sectors.nameEn, municipalityCode: located.municipalityCode,
      provinceCode: located.provinceCode, latitude: located.latitude, longitude: located.longitude, count: sql<number>`count(*)::int`,
    })
    .from(located)
    .innerJoin(consortia, eq(consortia.id, located.consortiumId))
    .leftJoin(sectors, eq(sectors.position, located.sectorPosition))
    .groupBy(consortia.name, sectors.nameNl, sectors.nameEn, located.municipalityCode, located.provinceCode, located.latitude, located.longitude)
    .orderBy(asc(consortia.name));
  return rows.filter((r): r is MapPlace => r.latitude !== null && r.longitude !== null);
}

import { asc, eq, sql } from 'drizzle-orm';
import { consortia, municipalities, pps, ppsProvinces, ppsSectors, provinces, sectors } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import type { Scope } from './resolve-scope.ts';

export type MapPps = {
  slug: string; name: string; status: 'actief' | 'verduurzaamd'; consortiumSlug: string; consortiumName: string;
  municipality: string | null; municipalityCode: string | null; provinceCode: string; provinceName: string;
  sectorCode: string | null; sectorNl: string | null; sectorEn: string | null; latitude: number; longitude: number;
};

/** The pps'en in scope with a place on the map: their municipality's centre, else their own coordinates. */
export async function listMapPps(ctx: ServiceContext, scope: Scope): Promise<MapPps[]> {
  // First sector (by code-list order) colours a pps on the map; all its sectors are on its own page.
  const firstSector = ctx.db
    .selectDistinctOn([ppsSectors.ppsId], { ppsId: ppsSectors.ppsId, code: sectors.code, nameNl: sectors.nameNl, nameEn: sectors.nameEn })
    .from(ppsSectors).innerJoin(sectors, eq(sectors.code, ppsSectors.sectorCode))
    .orderBy(ppsSectors.ppsId, asc(sectors.position))
    .as('first_sector');
  const firstProvince = ctx.db
    .selectDistinctOn([ppsProvinces.ppsId], { ppsId: ppsProvinces.ppsId, code: ppsProvinces.provinceCode })
    .from(ppsProvinces).orderBy(ppsProvinces.ppsId, asc(ppsProvinces.provinceCode))
    .as('first_province');
  const rows = await ctx.db
    .select({
      slug: pps.slug, name: pps.name, status: pps.status, consortiumSlug: consortia.slug, consortiumName: consortia.name,
      municipality: municipalities.name, municipalityCode: municipalities.code, provinceCode: provinces.code, provinceName: provinces.name,
      sectorCode: firstSector.code, sectorNl: firstSector.nameNl, sectorEn: firstSector.nameEn,
      // One marker per municipality stands for all its pps'en, so the map places them at the municipality.
      latitude: sql<number>`coalesce(${municipalities.latitude}, ${pps.latitude})`, longitude: sql<number>`coalesce(${municipalities.longitude}, ${pps.longitude})`,
    })
    .from(pps)
    .innerJoin(consortia, eq(consortia.id, pps.consortiumId))
    .innerJoin(firstProvince, eq(firstProvince.ppsId, pps.id))
    .innerJoin(provinces, eq(provinces.code, firstProvince.code))
    .leftJoin(municipalities, eq(municipalities.code, pps.municipalityCode))
    .leftJoin(firstSector, eq(firstSector.ppsId, pps.id))
    .where(scope.inPps(pps.id))
    .orderBy(asc(provinces.position), asc(pps.name));
  return rows.filter((r): r is MapPps => r.latitude !== null && r.longitude !== null);
}

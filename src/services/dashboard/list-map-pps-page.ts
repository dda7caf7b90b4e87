import { asc, count, eq, sql } from 'drizzle-orm';
import { consortia, municipalities, pps, ppsProvinces, provinces } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import type { Scope } from './resolve-scope.ts';

export type MapListItem = { slug: string; name: string; municipality: string | null; consortiumName: string; provinceCode: string; provinceName: string };
export type MapListPage = {
  items: MapListItem[]; page: number; pages: number;
  /** Every province in scope with all its pps'en, also those on other pages. */
  provinces: { code: string; name: string; count: number }[];
};

/** One page of the map's list: pps'en in scope by province (first by code) and name, as the map places them. */
export async function listMapPpsPage(ctx: ServiceContext, scope: Scope, page: number, size: number): Promise<MapListPage> {
  const firstProvince = ctx.db.select({ ppsId: ppsProvinces.ppsId, code: sql<string>`min(${ppsProvinces.provinceCode})`.as('first_code') })
    .from(ppsProvinces).where(scope.inPps(ppsProvinces.ppsId)).groupBy(ppsProvinces.ppsId).as('first_province');
  // Only pps'en with a place, as on the map.
  const located = sql`coalesce(${municipalities.latitude}, ${pps.latitude}) is not null and coalesce(${municipalities.longitude}, ${pps.longitude}) is not null`;
  const totals = await ctx.db.select({ code: provinces.code, name: provinces.name, count: count() })
    .from(firstProvince).innerJoin(provinces, eq(provinces.code, firstProvince.code))
    .innerJoin(pps, eq(pps.id, firstProvince.ppsId)).leftJoin(municipalities, eq(municipalities.code, pps.municipalityCode))
    .where(located)
    .groupBy(provinces.code, provinces.name, provinces.position).orderBy(asc(provinces.position));
  const total = totals.reduce((sum, p) => sum + p.count, 0);
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, page), pages);
  const items = await ctx.db
    .select({ slug: pps.slug, name: pps.name, municipality: municipalities.name, consortiumName: consortia.name, provinceCode: provinces.code, provinceName: provinces.name })
    .from(firstProvince)
    .innerJoin(pps, eq(pps.id, firstProvince.ppsId))
    .innerJoin(provinces, eq(provinces.code, firstProvince.code))
    .innerJoin(consortia, eq(consortia.id, pps.consortiumId))
    .leftJoin(municipalities, eq(municipalities.code, pps.municipalityCode))
    .where(located)
    .orderBy(asc(provinces.position), asc(pps.name), asc(pps.id))
    .limit(size).offset((current - 1) * size);
  return { items, page: current, pages, provinces: totals };
}

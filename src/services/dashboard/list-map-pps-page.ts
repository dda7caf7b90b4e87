import { and, asc, count, eq, inArray, notExists, sql } from 'drizzle-orm';
import { publicMapPlaces as places } from '../../db/derived/public-figures.ts';
import { consortia, municipalities, pps, ppsProvinces, provinces } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import type { Scope } from './resolve-scope.ts';

export type MapListItem = { slug: string; name: string; municipality: string | null; consortiumName: string; provinceCode: string; provinceName: string };
export type ProvinceTotal = { code: string; name: string; count: number };
export type MapListPage = {
  items: MapListItem[]; page: number; pages: number;
  /** Every province in scope with all its pps'en, also those on other pages. */
  provinces: ProvinceTotal[];
};

// Only pps'en with a place, as on the map.
const located = sql`coalesce(${municipalities.latitude}, ${pps.latitude}) is not null and coalesce(${municipalities.longitude}, ${pps.longitude}) is not null`;
// A pps is listed under its first province (by code): no province of it sorts before this one.
const isFirstProvince = notExists(sql`(select 1 from ${ppsProvinces} as other where other.pps_id = ${ppsProvinces.ppsId} and other.province_code < ${ppsProvinces.provinceCode})`);

/** Located pps'en per first province: from the precomputed places for a single choice, else from the base tables. */
async function provinceTotals(ctx: ServiceContext, scope: Scope): Promise<ProvinceTotal[]> {
  if (scope.key !== null) {
    const placed = sql`coalesce(${municipalities.latitude}, ${places.latitude}) is not null and coalesce(${municipalities.longitude}, ${places.longitude}) is not null`;
    return ctx.db.select({ code: provinces.code, name: provinces.name, count: sql<number>`sum(${places.pps})::int` })
      .from(places).innerJoin(provinces, eq(provinces.code, places.provinceCode))
      .leftJoin(municipalities, eq(municipalities.code, places.municipalityCode))
      .where(and(eq(places.programmeId, scope.programmeId), eq(places.scope, scope.key), placed))
      .groupBy(provinces.code, provinces.name, provinces.position).orderBy(asc(provinces.position));
  }
  return ctx.db.select({ code: provinces.code, name: provinces.name, count: count() })
    .from(ppsProvinces).innerJoin(provinces, eq(provinces.code, ppsProvinces.provinceCode))
    .innerJoin(pps, eq(pps.id, ppsProvinces.ppsId)).leftJoin(municipalities, eq(municipalities.code, pps.municipalityCode))
    .where(and(isFirstProvince, scope.inPps(ppsProvinces.ppsId), located))
    .groupBy(provinces.code, provinces.name, provinces.position).orderBy(asc(provinces.position));
}

/**
 * One page of the map's list: pps'en in scope by province (first by code) and name, as the map places them.
 * `totals` are the located pps'en per first province when the caller has counted them already (getMapOverview).
 */
export async function listMapPpsPage(ctx: ServiceContext, scope: Scope, page: number, size: number, totals?: ProvinceTotal[]): Promise<MapListPage> {
  totals ??= await provinceTotals(ctx, scope);
  const total = totals.reduce((sum, p) => sum + p.count, 0);
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, page), pages);
  // Only the provinces this page falls in are read, from the offset of the first of them.
  const from = (current - 1) * size;
  let before = 0;
  const onPage: string[] = [];
  let skip = 0;
  for (const p of totals) {
    if (before + p.count > from && before < from + size) {
      if (!onPage.length) skip = from - before;
      onPage.push(p.code);
    }
    before += p.count;
  }
  if (!onPage.length) return { items: [], page: current, pages, provinces: totals };
  const items = await ctx.db
    .select({ slug: pps.slug, name: pps.name, municipality: municipalities.name, consortiumName: consortia.name, provinceCode: provinces.code, provinceName: provinces.name })
    .from(ppsProvinces)
    .innerJoin(pps, eq(pps.id, ppsProvinces.ppsId))
    .innerJoin(provinces, eq(provinces.code, ppsProvinces.provinceCode))
    .innerJoin(consortia, eq(consortia.id, pps.consortiumId))
    .leftJoin(municipalities, eq(municipalities.code, pps.municipalityCode))
    .where(and(inArray(ppsProvinces.provinceCode, onPage), isFirstProvince, scope.onPps, located))
    .orderBy(asc(provinces.position), asc(pps.name), asc(pps.id))
    .limit(size).offset(skip);
  return { items, page: current, pages, provinces: totals };
}

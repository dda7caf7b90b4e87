import { sql, type SQL } from 'drizzle-orm';
import { pps } from '../../db/schema/index.ts';
import { placeKey } from '../../domain/dashboard/map-groups.ts';
import type { Locale } from '../../domain/format.ts';
import type { ServiceContext } from '../context.ts';
import type { ProvinceTotal } from './list-map-pps-page.ts';
import type { Scope } from './resolve-scope.ts';

export type MapGrouping = 'consortium' | 'sector';

/**
 * What the map's page shows, counted in the database: pps'en per group (consortium name, or sector name in the
 * page's language; null for no sector), located pps'en per first province, the number of places and the pps'en of
 * the largest marker (a group at a place). The markers themselves are drawn by the SVG, which reads every pps.
 */
export type MapOverview = { groups: { label: string | null; count: number }[]; provinces: ProvinceTotal[]; total: number; places: number; largest: number };

/** One row of an overview statement: a group, a province, the places or largest figure, or a pps at its own coordinates. */
export type OverviewRow = { kind: string; label: string | null; code: string | null; position: number | null; latitude: number | null; longitude: number | null; n: number };

/** The scope's places: precomputed for a single choice (migration 0011), else each pps counted from the base tables. */
function placesOf(scope: Scope): SQL {
  if (scope.key !== null) {
    return sql`select pl.consortium_id, pl.sector_code, pl.province_code, m.code as municipality_code,
        coalesce(m.latitude, pl.latitude) as latitude, coalesce(m.longitude, pl.longitude) as longitude, pl.pps
      from public_map_places pl left join municipalities m on m.code = pl.municipality_code
      where pl.programme_id = ${scope.programmeId} and pl.scope = ${scope.key}`;
  }
  // First province by code and first sector by code-list position, as listMapPps places a pps.
  return sql`select pps.consortium_id, fs.sector_code, fp.province_code, m.code as municipality_code,
      coalesce(m.latitude, pps.latitude) as latitude, coalesce(m.longitude, pps.longitude) as longitude, 1 as pps
    from pps
    join (select pps_id, min(province_code) as province_code from pps_provinces group by pps_id) fp on fp.pps_id = pps.id
    left join (select distinct on (ps.pps_id) ps.pps_id, ps.sector_code from pps_sectors ps join sectors x on x.code = ps.sector_code
      order by ps.pps_id, x.position) fs on fs.pps_id = pps.id
    left join municipalities m on m.code = pps.municipality_code
    where ${scope.inPps(pps.id)}`;
}

/** The group's name and the join that gives it, for rows with consortium_id and sector_code under `alias`. */
export function labelled(grouping: MapGrouping, locale: Locale, alias: string): { label: SQL; join: SQL } {
  const row = sql.raw(alias);
  if (grouping === 'consortium') return { label: sql`c.name`, join: sql`join consortia c on c.id = ${row}.consortium_id` };
  return { label: locale === 'en' ? sql`s.name_en` : sql`s.name_nl`, join: sql`left join sectors s on s.code = ${row}.sector_code` };
}

/** The overview counted from the scope's places: for combined filters, and where group names repeat (see getMapOverview). */
export async function countMapOverview(ctx: ServiceContext, scope: Scope, grouping: MapGrouping, locale: Locale): Promise<MapOverview> {
  const { label, join } = labelled(grouping, locale, 'p');
  // One statement: the places once, then each figure; pps'en placed by their own coordinates come back as rows, as
  // their place is their coordinates rounded the way placeKey rounds them (few: most pps'en have a municipality).
  const result = await ctx.db.execute(sql`
    with placed as materialized (
      select ${label} as label, p.province_code, p.municipality_code, p.latitude, p.longitude, p.pps
      from (${placesOf(scope)}) p ${join}
      where p.latitude is not null and p.longitude is not null),
    at_municipality as (select label, municipality_code, sum(pps) as n from placed where municipality_code is not null group by 1, 2)
    select 'group' as kind, label, null::text as code, null::int as position, null::float8 as latitude, null::float8 as longitude, sum(pps)::int as n
      from placed group by label
    union all select 'province', v.name, v.code, v.position, null, null, sum(pps)::int
      from placed join provinces v on v.code = placed.province_code group by v.code, v.name, v.position
    union all select 'places', null, null, null, null, null, count(distinct municipality_code)::int from at_municipality
    union all select 'largest', null, null, null, null, null, coalesce(max(n), 0)::int from at_municipality
    union all select 'own', label, null, null, latitude, longitude, sum(pps)::int
      from placed where municipality_code is null group by label, latitude, longitude`);
  return overviewOf(result);
}

/** The overview from an overview statement's rows; a pps at its own coordinates is placed by placeKey, as the SVG places it. */
export function overviewOf(result: unknown): MapOverview {
  const rows = ((result as { rows?: OverviewRow[] }).rows ?? (result as OverviewRow[])).map((r) => ({ ...r, n: Number(r.n) }));
  const of = (kind: string) => rows.filter((r) => r.kind === kind);
  const own = new Map<string, number>();
  const ownPlaces = new Set<string>();
  for (const r of of('own')) {
    const place = placeKey({ municipalityCode: null, latitude: Number(r.latitude), longitude: Number(r.longitude) });
    const marker = JSON.stringify([r.label, place]);
    own.set(marker, (own.get(marker) ?? 0) + r.n);
    ownPlaces.add(place);
  }
  const provinces = of('province').sort((a, b) => Number(a.position) - Number(b.position))
    .map((r) => ({ code: r.code as string, name: r.label as string, count: r.n }));
  return {
    groups: of('group').map((r) => ({ label: r.label, count: r.n })),
    provinces,
    total: provinces.reduce((sum, p) => sum + p.count, 0),
    places: (of('places')[0]?.n ?? 0) + ownPlaces.size,
    largest: Math.max(of('largest')[0]?.n ?? 0, ...own.values()),
  };
}

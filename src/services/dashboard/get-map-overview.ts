import { sql } from 'drizzle-orm';
import type { Locale } from '../../domain/format.ts';
import type { ServiceContext } from '../context.ts';
import { countMapOverview, labelled, overviewOf, type MapGrouping, type MapOverview } from './count-map-overview.ts';
import type { Scope } from './resolve-scope.ts';

/**
 * The map page's figures. A single choice reads them precomputed (public_map_figures, migration 0013: tens of rows,
 * plus the pps'en placed by their own coordinates); combined filters count them from the base tables.
 */
export async function getMapOverview(ctx: ServiceContext, scope: Scope, grouping: MapGrouping, locale: Locale): Promise<MapOverview> {
  if (scope.key === null) return countMapOverview(ctx, scope, grouping, locale);
  const where = sql`programme_id = ${scope.programmeId} and scope = ${scope.key}`;
  const { label, join } = labelled(grouping, locale, 'pl');
  // Groups and markers are kept per consortium id and sector code; the page groups by name, so names that repeat
  // (two consortia of one name) send the scope to the count, which groups by name as the SVG does.
  const groups = grouping === 'consortium'
    ? sql`select c.name as label, f.count from public_map_figures f join consortia c on c.id::text = f.code where f.kind = 'consortium' and f.programme_id = ${scope.programmeId} and f.scope = ${scope.key}`
    : sql`select ${locale === 'en' ? sql`s.name_en` : sql`s.name_nl`} as label, f.count from public_map_figures f left join sectors s on s.code = nullif(f.code, '')
        where f.kind = 'sector' and f.programme_id = ${scope.programmeId} and f.scope = ${scope.key}`;
  const repeated = grouping === 'consortium'
    ? sql`select name from consortia where programme_id = ${scope.programmeId} group by name having count(*) > 1`
    : sql`select ${locale === 'en' ? sql`name_en` : sql`name_nl`} from sectors group by 1 having count(*) > 1`;
  const result = await ctx.db.execute(sql`
    select 'group' as kind, g.label, null::text as code, null::int as position, null::float8 as latitude, null::float8 as longitude, sum(g.count)::int as n
      from (${groups}) g group by g.label
    union all select 'province', v.name, v.code, v.position, null, null, f.count
      from public_map_figures f join provinces v on v.code = f.code where f.kind = 'province' and f.programme_id = ${scope.programmeId} and f.scope = ${scope.key}
    union all select 'places', null, null, null, null, null, count(*)::int from public_map_figures where kind = 'municipality' and ${where}
    union all select 'largest', null, null, null, null, null, coalesce(max(count), 0)::int
      from public_map_figures where kind = ${grouping === 'consortium' ? 'marker' : 'sector_marker'} and ${where}
    union all select 'own', ${label}, null, null, pl.latitude, pl.longitude, sum(pl.pps)::int
      from public_map_places pl ${join}
      where pl.municipality_code is null and pl.latitude is not null and pl.longitude is not null and pl.programme_id = ${scope.programmeId} and pl.scope = ${scope.key}
      group by 2, 5, 6
    union all select 'repeated', null, null, null, null, null, count(*)::int from (${repeated}) r`);
  const rows = (result as { rows?: { kind: string; n: number }[] }).rows ?? (result as unknown as { kind: string; n: number }[]);
  if (Number(rows.find((r) => r.kind === 'repeated')?.n ?? 0) > 0) return countMapOverview(ctx, scope, grouping, locale);
  return overviewOf(result);
}

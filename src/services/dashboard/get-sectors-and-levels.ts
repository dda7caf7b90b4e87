import { inIds } from './in-ids.ts';
import { asc, eq, sql } from 'drizzle-orm';
import { consortia, consortiumLevels, consortiumSectors, disciplines, ppsDisciplines, sectors } from '../../db/schema/index.ts';
import { EDUCATION_LEVELS } from '../../domain/enums.ts';
import type { ServiceContext } from '../context.ts';
import type { Scope } from './resolve-scope.ts';
import { countsOf } from './scope-counts.ts';

export type CodeCount = { code: string; nameNl: string; nameEn: string; count: number };
export type ConsortiumLevels = { slug: string; name: string; levels: string[] };

/** Sectors against the number of consortia active in them (a consortium counts in each of its sectors). */
export async function getSectorCounts(ctx: ServiceContext, scope: Scope): Promise<CodeCount[]> {
  if (scope.consortiumIds.length === 0) return [];
  if (scope.key !== null) return withNames(...(await Promise.all([countsOf(ctx, scope, 'sector_consortia'), ctx.db.select(codeOf(sectors)).from(sectors)])));
  return ctx.db
    .select({ code: sectors.code, nameNl: sectors.nameNl, nameEn: sectors.nameEn, count: sql<number>`count(*)::int` })
    .from(consortiumSectors)
    .innerJoin(sectors, eq(sectors.code, consortiumSectors.sectorCode))
    .where(inIds(consortiumSectors.consortiumId, scope.consortiumIds))
    .groupBy(sectors.code, sectors.nameNl, sectors.nameEn, sectors.position)
    .orderBy(sql`count(*) desc`, asc(sectors.position));
}

/** Education levels per consortium (multilevel), in the fixed level order. */
export async function getConsortiumLevels(ctx: ServiceContext, scope: Scope): Promise<ConsortiumLevels[]> {
  if (scope.consortiumIds.length === 0) return [];
  const rows = await ctx.db
    .select({ slug: consortia.slug, name: consortia.name, level: consortiumLevels.level })
    .from(consortiumLevels)
    .innerJoin(consortia, eq(consortia.id, consortiumLevels.consortiumId))
    .where(inIds(consortia.id, scope.consortiumIds))
    .orderBy(asc(consortia.name));
  const byConsortium = new Map<string, ConsortiumLevels>();
  for (const r of rows) {
    const entry = byConsortium.get(r.slug) ?? { slug: r.slug, name: r.name, levels: [] };
    entry.levels.push(r.level);
    byConsortium.set(r.slug, entry);
  }
  const order = (l: string) => EDUCATION_LEVELS.indexOf(l as (typeof EDUCATION_LEVELS)[number]);
  return [...byConsortium.values()].map((c) => ({ ...c, levels: c.levels.sort((a, b) => order(a) - order(b)) }));
}

/** Consortia in a keyed scope per number of education levels, precomputed (migration 0013); the downloads list each. */
export async function getLevelCounts(ctx: ServiceContext, scope: Scope): Promise<Map<number, number>> {
  const counts = await countsOf(ctx, scope, 'level_consortia');
  return new Map([...counts].map(([levels, n]) => [Number(levels), n]));
}

/** Disciplines (opleidingsdomeinen) against the number of pps'en working in them. */
export async function getDisciplineCounts(ctx: ServiceContext, scope: Scope): Promise<CodeCount[]> {
  if (scope.key !== null) return withNames(...(await Promise.all([countsOf(ctx, scope, 'discipline_pps'), ctx.db.select(codeOf(disciplines)).from(disciplines)])));
  return ctx.db
    .select({ code: disciplines.code, nameNl: disciplines.nameNl, nameEn: disciplines.nameEn, count: sql<number>`count(*)::int` })
    .from(ppsDisciplines)
    .innerJoin(disciplines, eq(disciplines.code, ppsDisciplines.disciplineCode))
    .where(scope.inPps(ppsDisciplines.ppsId))
    .groupBy(disciplines.code, disciplines.nameNl, disciplines.nameEn, disciplines.position)
    .orderBy(sql`count(*) desc`, asc(disciplines.position));
}

type CodeList = typeof sectors | typeof disciplines;
const codeOf = (t: CodeList) => ({ code: t.code, nameNl: t.nameNl, nameEn: t.nameEn, position: t.position });

/** Precomputed counts named from their code list, in the order of the direct query: most first, then list order. */
function withNames(counts: Map<string, number>, list: { code: string; nameNl: string; nameEn: string; position: number }[]): CodeCount[] {
  return list.filter((c) => counts.has(c.code))
    .sort((a, b) => (counts.get(b.code) ?? 0) - (counts.get(a.code) ?? 0) || a.position - b.position)
    .map((c) => ({ code: c.code, nameNl: c.nameNl, nameEn: c.nameEn, count: counts.get(c.code) ?? 0 }));
}

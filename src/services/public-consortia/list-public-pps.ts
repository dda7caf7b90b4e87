import { and, asc, count, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { consortia, memberships, municipalities, pps, ppsLevels, ppsProvinces, ppsSectors } from '../../db/schema/index.ts';
import { type EDUCATION_LEVELS, type PPS_STATUSES } from '../../domain/enums.ts';
import type { ServiceContext } from '../context.ts';
import { offsetOf, orderByOf, type Page, type PageRequest, type SortOrder } from '../listing.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

export type PpsSummary = {
  id: number; slug: string; name: string; consortium: { id: number; slug: string; name: string };
  municipality: { code: string; name: string } | null; provinceCodes: string[]; sectorCodes: string[];
  levels: (typeof EDUCATION_LEVELS)[number][]; status: (typeof PPS_STATUSES)[number]; foundedYear: number;
  partnerCount: number; isIllustrative: boolean;
};
export type PpsSortKey = 'name' | 'consortium' | 'municipality' | 'foundedYear' | 'partnerCount';
export type ListPublicPpsInput = {
  filter: { consortiumId?: number; provinceCode?: string; sectorCode?: string; status?: (typeof PPS_STATUSES)[number] };
  sort: SortOrder<PpsSortKey>;
  page: PageRequest;
};

const partnerCountOf = sql<number>`(select count(distinct ${memberships.organisationId}) from ${memberships}
  where ${memberships.ppsId} = ${pps.id} and ${memberships.until} is null)`.mapWith(Number);

/** SELECT of the pps summary with `extra` columns; callers add WHERE (the programme's consortia), ORDER BY and paging. */
export function selectPpsSummaries<E extends SelectedFields = Record<never, never>>(db: Db, extra?: E) {
  return db
    .select({
      id: pps.id, slug: pps.slug, name: pps.name, consortiumId: consortia.id, consortiumSlug: consortia.slug, consortiumName: consortia.name,
      municipalityCode: municipalities.code, municipalityName: municipalities.name, status: pps.status, foundedYear: pps.foundedYear,
      partnerCount: partnerCountOf, isIllustrative: pps.isIllustrative, ...(extra as E),
    })
    .from(pps)
    .innerJoin(consortia, eq(consortia.id, pps.consortiumId))
    .leftJoin(municipalities, eq(municipalities.code, pps.municipalityCode));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectPpsSummaries>['execute']>>[number];

export async function toPpsSummaries(db: Db, rows: Row[]): Promise<PpsSummary[]> {
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const [provinces, sectors, levels] = await Promise.all([
    db.select({ id: ppsProvinces.ppsId, code: ppsProvinces.provinceCode }).from(ppsProvinces).where(inArray(ppsProvinces.ppsId, ids)).orderBy(asc(ppsProvinces.provinceCode)),
    db.select({ id: ppsSectors.ppsId, code: ppsSectors.sectorCode }).from(ppsSectors).where(inArray(ppsSectors.ppsId, ids)).orderBy(asc(ppsSectors.sectorCode)),
    db.select({ id: ppsLevels.ppsId, level: ppsLevels.level }).from(ppsLevels).where(inArray(ppsLevels.ppsId, ids)).orderBy(asc(ppsLevels.level)),
  ]);
  return rows.map(({ consortiumId, consortiumSlug, consortiumName, municipalityCode, municipalityName, ...r }) => ({
    ...r,
    consortium: { id: consortiumId, slug: consortiumSlug, name: consortiumName },
    municipality: municipalityCode && municipalityName ? { code: municipalityCode, name: municipalityName } : null,
    provinceCodes: provinces.filter((p) => p.id === r.id).map((p) => p.code),
    sectorCodes: sectors.filter((s) => s.id === r.id).map((s) => s.code),
    levels: levels.filter((l) => l.id === r.id).map((l) => l.level),
  }));
}

/** Public list of pps'en: filter by consortium, province, sector and status; sorted and paged. */
export async function listPublicPps(ctx: ServiceContext, { filter, sort, page }: ListPublicPpsInput): Promise<Page<PpsSummary>> {
  const programme = await getCurrentProgramme(ctx);
  const conditions: SQL[] = [eq(consortia.programmeId, programme.id)];
  if (filter.consortiumId !== undefined) conditions.push(eq(pps.consortiumId, filter.consortiumId));
  if (filter.status) conditions.push(eq(pps.status, filter.status));
  if (filter.provinceCode) {
    conditions.push(exists(ctx.db.select({ x: ppsProvinces.ppsId }).from(ppsProvinces)
      .where(and(eq(ppsProvinces.ppsId, pps.id), eq(ppsProvinces.provinceCode, filter.provinceCode)))));
  }
  if (filter.sectorCode) {
    conditions.push(exists(ctx.db.select({ x: ppsSectors.ppsId }).from(ppsSectors)
      .where(and(eq(ppsSectors.ppsId, pps.id), eq(ppsSectors.sectorCode, filter.sectorCode)))));
  }
  const where = and(...conditions);
  const columns = { name: pps.name, consortium: consortia.name, municipality: municipalities.name, foundedYear: pps.foundedYear, partnerCount: partnerCountOf };
  const [rows, [total]] = await Promise.all([
    selectPpsSummaries(ctx.db).where(where).orderBy(...orderByOf(sort, columns, pps.id)).limit(page.pageSize).offset(offsetOf(page)),
    ctx.db.select({ n: count() }).from(pps).innerJoin(consortia, eq(consortia.id, pps.consortiumId)).where(where),
  ]);
  return { items: await toPpsSummaries(ctx.db, rows), total: total?.n ?? 0 };
}

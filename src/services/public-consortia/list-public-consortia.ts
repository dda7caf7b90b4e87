import { and, asc, count, eq, exists, inArray, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { consortia, consortiumProvinces, consortiumSectors, organisations } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { offsetOf, orderByOf, type Page, type PageRequest, type SortOrder } from '../listing.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';
import { awardedAmountOf, consortiumPartnerCountOf, consortiumPpsCountOf, type ConsortiumSummary } from './consortium-facts.ts';

export type ConsortiumSortKey = 'name' | 'ppsCount' | 'awardedAmount' | 'partnerCount';
export type ListPublicConsortiaInput = { filter: { provinceCode?: string; sectorCode?: string }; sort: SortOrder<ConsortiumSortKey>; page: PageRequest };

/** SELECT of the consortium summary, with `extra` columns; callers add WHERE, ORDER BY and paging. */
export function selectConsortiumSummaries<E extends SelectedFields = Record<never, never>>(db: Db, extra?: E) {
  return db
    .select({
      id: consortia.id, slug: consortia.slug, name: consortia.name, leadId: organisations.id, leadName: organisations.name,
      awardedAmount: awardedAmountOf, ppsCount: consortiumPpsCountOf, partnerCount: consortiumPartnerCountOf, isIllustrative: consortia.isIllustrative,
      ...(extra as E),
    })
    .from(consortia)
    .innerJoin(organisations, eq(organisations.id, consortia.leadOrganisationId));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectConsortiumSummaries>['execute']>>[number];

/** Adds provinces and sectors (sorted codes) to summary rows. */
export async function withConsortiumCodes(db: Db, rows: Row[]): Promise<ConsortiumSummary[]> {
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const [provinces, sectors] = await Promise.all([
    db.select({ id: consortiumProvinces.consortiumId, code: consortiumProvinces.provinceCode }).from(consortiumProvinces)
      .where(inArray(consortiumProvinces.consortiumId, ids)).orderBy(asc(consortiumProvinces.provinceCode)),
    db.select({ id: consortiumSectors.consortiumId, code: consortiumSectors.sectorCode }).from(consortiumSectors)
      .where(inArray(consortiumSectors.consortiumId, ids)).orderBy(asc(consortiumSectors.sectorCode)),
  ]);
  return rows.map(({ leadId, leadName, ...r }) => ({
    ...r, leadOrganisation: { id: leadId, name: leadName },
    provinceCodes: provinces.filter((p) => p.id === r.id).map((p) => p.code),
    sectorCodes: sectors.filter((s) => s.id === r.id).map((s) => s.code),
  }));
}

/** The consortia of the current programme with awarded amount, pps and partner counts; filtered, sorted, paged. */
export async function listPublicConsortia(ctx: ServiceContext, { filter, sort, page }: ListPublicConsortiaInput): Promise<Page<ConsortiumSummary>> {
  const programme = await getCurrentProgramme(ctx);
  const conditions: SQL[] = [eq(consortia.programmeId, programme.id)];
  if (filter.provinceCode) {
    conditions.push(exists(ctx.db.select({ x: consortiumProvinces.consortiumId }).from(consortiumProvinces)
      .where(and(eq(consortiumProvinces.consortiumId, consortia.id), eq(consortiumProvinces.provinceCode, filter.provinceCode)))));
  }
  if (filter.sectorCode) {
    conditions.push(exists(ctx.db.select({ x: consortiumSectors.consortiumId }).from(consortiumSectors)
      .where(and(eq(consortiumSectors.consortiumId, consortia.id), eq(consortiumSectors.sectorCode, filter.sectorCode)))));
  }
  const where = and(...conditions);
  const columns = { name: consortia.name, ppsCount: consortiumPpsCountOf, awardedAmount: awardedAmountOf, partnerCount: consortiumPartnerCountOf };
  const [rows, [total]] = await Promise.all([
    selectConsortiumSummaries(ctx.db).where(where).orderBy(...orderByOf(sort, columns, consortia.id)).limit(page.pageSize).offset(offsetOf(page)),
    ctx.db.select({ n: count() }).from(consortia).where(where),
  ]);
  return { items: await withConsortiumCodes(ctx.db, rows), total: total?.n ?? 0 };
}

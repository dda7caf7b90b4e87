import { asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  actionLines, knowledgeItemActionLines, knowledgeItemProvinces, knowledgeItems, knowledgeItemSectors, provinces, sectors,
} from '../../db/schema/index.ts';
import type { KnowledgeKind } from './public-items.ts';

export type FacetValue = { value: string; nameNl: string; nameEn: string; count: number };
export type KnowledgeFacets = {
  kind: { value: KnowledgeKind; count: number }[];
  actionLine: FacetValue[];
  sector: FacetValue[];
  province: FacetValue[];
  year: { value: number; count: number }[];
};

/** Counts per facet value among the items that match `where` (every filter applied): each link narrows the result. */
export async function listFacets(db: Db, where: SQL): Promise<KnowledgeFacets> {
  const year = sql<number>`extract(year from ${knowledgeItems.publishedOn})::int`;
  const [kind, line, sector, province, years] = await Promise.all([
    db.select({ value: knowledgeItems.kind, count: count() }).from(knowledgeItems).where(where)
      .groupBy(knowledgeItems.kind).orderBy(asc(knowledgeItems.kind)),
    db.select({ value: actionLines.code, nameNl: actionLines.nameNl, nameEn: actionLines.nameEn, count: count() })
      .from(knowledgeItems).innerJoin(knowledgeItemActionLines, eq(knowledgeItemActionLines.itemId, knowledgeItems.id))
      .innerJoin(actionLines, eq(actionLines.id, knowledgeItemActionLines.actionLineId)).where(where)
      .groupBy(actionLines.code, actionLines.nameNl, actionLines.nameEn, actionLines.position).orderBy(asc(actionLines.position)),
    db.select({ value: sectors.code, nameNl: sectors.nameNl, nameEn: sectors.nameEn, count: count() })
      .from(knowledgeItems).innerJoin(knowledgeItemSectors, eq(knowledgeItemSectors.itemId, knowledgeItems.id))
      .innerJoin(sectors, eq(sectors.code, knowledgeItemSectors.sectorCode)).where(where)
      .groupBy(sectors.code, sectors.nameNl, sectors.nameEn, sectors.position).orderBy(asc(sectors.position)),
    db.select({ value: provinces.code, nameNl: provinces.name, nameEn: provinces.name, count: count() })
      .from(knowledgeItems).innerJoin(knowledgeItemProvinces, eq(knowledgeItemProvinces.itemId, knowledgeItems.id))
      .innerJoin(provinces, eq(provinces.code, knowledgeItemProvinces.provinceCode)).where(where)
      .groupBy(provinces.code, provinces.name, provinces.position).orderBy(asc(provinces.position)),
    db.select({ value: year, count: count() }).from(knowledgeItems).where(where).groupBy(year).orderBy(sql`1 desc`),
  ]);
  return { kind, actionLine: line, sector, province, year: years };
}

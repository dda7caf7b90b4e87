import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import {
  actionLines, consortia, knowledgeItemActionLines, knowledgeItemConsortia, knowledgeItemPps, knowledgeItemProvinces,
  knowledgeItemSectors, pps, provinces, sectors,
} from '../../db/schema/index.ts';

export type ItemTags = {
  actionLines: { code: string; nameNl: string; nameEn: string }[];
  sectors: { code: string; nameNl: string; nameEn: string }[];
  provinces: { code: string; name: string }[];
  consortia: { id: number; slug: string; name: string }[];
  pps: { id: number; slug: string; name: string; consortiumId: number | null }[];
};

/** The tags of one item, with names, for its page, its edit form and the API. */
export async function readItemTags(db: Db | Tx, itemId: number): Promise<ItemTags> {
  const [lines, sectorRows, provinceRows, consortiumRows, ppsRows] = await Promise.all([
    db.select({ code: actionLines.code, nameNl: actionLines.nameNl, nameEn: actionLines.nameEn }).from(knowledgeItemActionLines)
      .innerJoin(actionLines, eq(actionLines.id, knowledgeItemActionLines.actionLineId))
      .where(eq(knowledgeItemActionLines.itemId, itemId)).orderBy(asc(actionLines.position)),
    db.select({ code: sectors.code, nameNl: sectors.nameNl, nameEn: sectors.nameEn }).from(knowledgeItemSectors)
      .innerJoin(sectors, eq(sectors.code, knowledgeItemSectors.sectorCode))
      .where(eq(knowledgeItemSectors.itemId, itemId)).orderBy(asc(sectors.position)),
    db.select({ code: provinces.code, name: provinces.name }).from(knowledgeItemProvinces)
      .innerJoin(provinces, eq(provinces.code, knowledgeItemProvinces.provinceCode))
      .where(eq(knowledgeItemProvinces.itemId, itemId)).orderBy(asc(provinces.position)),
    db.select({ id: consortia.id, slug: consortia.slug, name: consortia.name }).from(knowledgeItemConsortia)
      .innerJoin(consortia, eq(consortia.id, knowledgeItemConsortia.consortiumId))
      .where(eq(knowledgeItemConsortia.itemId, itemId)).orderBy(asc(consortia.name)),
    db.select({ id: pps.id, slug: pps.slug, name: pps.name, consortiumId: pps.consortiumId }).from(knowledgeItemPps)
      .innerJoin(pps, eq(pps.id, knowledgeItemPps.ppsId))
      .where(eq(knowledgeItemPps.itemId, itemId)).orderBy(asc(pps.name)),
  ]);
  return { actionLines: lines, sectors: sectorRows, provinces: provinceRows, consortia: consortiumRows, pps: ppsRows };
}

export type TagInput = { actionLines: string[]; sectors: string[]; provinces: string[]; consortia: number[]; pps: number[] };

/** Replaces an item's tags inside the caller's transaction; action lines come as codes of the item's programme. */
export async function writeItemTags(tx: Tx, itemId: number, programmeId: number, tags: TagInput): Promise<void> {
  await Promise.all([
    tx.delete(knowledgeItemActionLines).where(eq(knowledgeItemActionLines.itemId, itemId)),
    tx.delete(knowledgeItemSectors).where(eq(knowledgeItemSectors.itemId, itemId)),
    tx.delete(knowledgeItemProvinces).where(eq(knowledgeItemProvinces.itemId, itemId)),
    tx.delete(knowledgeItemConsortia).where(eq(knowledgeItemConsortia.itemId, itemId)),
    tx.delete(knowledgeItemPps).where(eq(knowledgeItemPps.itemId, itemId)),
  ]);
  if (tags.actionLines.length) {
    const lines = await tx.select({ id: actionLines.id, programmeId: actionLines.programmeId }).from(actionLines).where(inArray(actionLines.code, tags.actionLines));
    const own = lines.filter((l) => l.programmeId === programmeId);
    if (own.length) await tx.insert(knowledgeItemActionLines).values(own.map((l) => ({ itemId, actionLineId: l.id })));
  }
  if (tags.sectors.length) await tx.insert(knowledgeItemSectors).values(tags.sectors.map((sectorCode) => ({ itemId, sectorCode })));
  if (tags.provinces.length) await tx.insert(knowledgeItemProvinces).values(tags.provinces.map((provinceCode) => ({ itemId, provinceCode })));
  if (tags.consortia.length) await tx.insert(knowledgeItemConsortia).values(tags.consortia.map((consortiumId) => ({ itemId, consortiumId })));
  if (tags.pps.length) await tx.insert(knowledgeItemPps).values(tags.pps.map((ppsId) => ({ itemId, ppsId })));
}

import { and, asc, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import { knowledgeItemConsortia, knowledgeItemPps, knowledgeItems } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { isPublicItem, selectCards, toCard, type KnowledgeCard, type KnowledgeKind } from './public-items.ts';

export type PublicItemsQuery = {
  kinds?: KnowledgeKind[];
  consortiumId?: number;
  ppsId?: number;
  /** Events that have not ended yet, soonest first. */
  upcoming?: boolean;
  limit: number;
};

/** Public items for the home page, feeds and the consortium and pps pages: newest first, or upcoming events soonest first. */
export async function listPublicItems(ctx: ServiceContext, query: PublicItemsQuery): Promise<KnowledgeCard[]> {
  const conditions: SQL[] = [isPublicItem];
  if (query.kinds?.length) conditions.push(inArray(knowledgeItems.kind, query.kinds));
  if (query.consortiumId) {
    conditions.push(exists(ctx.db.select({ one: sql`1` }).from(knowledgeItemConsortia)
      .where(and(eq(knowledgeItemConsortia.itemId, knowledgeItems.id), eq(knowledgeItemConsortia.consortiumId, query.consortiumId)))));
  }
  if (query.ppsId) {
    conditions.push(exists(ctx.db.select({ one: sql`1` }).from(knowledgeItemPps)
      .where(and(eq(knowledgeItemPps.itemId, knowledgeItems.id), eq(knowledgeItemPps.ppsId, query.ppsId)))));
  }
  if (query.upcoming) conditions.push(sql`coalesce(${knowledgeItems.endsAt}, ${knowledgeItems.startsAt}) >= now()`);
  const order = query.upcoming ? [asc(knowledgeItems.startsAt), asc(knowledgeItems.id)] : [desc(knowledgeItems.publishedOn), desc(knowledgeItems.id)];
  const rows = await selectCards(ctx.db).where(and(...conditions)).orderBy(...order).limit(query.limit);
  return rows.map(toCard);
}

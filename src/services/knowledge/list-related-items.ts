import { and, desc, ne, sql } from 'drizzle-orm';
import { knowledgeItems } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { cardColumns, isPublicItem, toCard, type KnowledgeCard } from './public-items.ts';

// Every tag an item has, as "kind:value", so one comparison counts shared tags of all five kinds.
const tagsOf = (id: unknown) => sql`(
  select 'al:' || action_line_id::text from knowledge_item_action_lines where item_id = ${id}
  union all select 'se:' || sector_code from knowledge_item_sectors where item_id = ${id}
  union all select 'pv:' || province_code from knowledge_item_provinces where item_id = ${id}
  union all select 'co:' || consortium_id::text from knowledge_item_consortia where item_id = ${id}
  union all select 'pp:' || pps_id::text from knowledge_item_pps where item_id = ${id})`;

/** Public items that share the most tags with this one (at least one), newest first among equals. */
export async function listRelatedItems(ctx: ServiceContext, input: { itemId: number; limit?: number }): Promise<KnowledgeCard[]> {
  const shared = sql<number>`(select count(*) from (${tagsOf(knowledgeItems.id)} intersect ${tagsOf(input.itemId)}) as t)::int`;
  const rows = await ctx.db.select({ ...cardColumns, shared }).from(knowledgeItems)
    .where(and(isPublicItem, ne(knowledgeItems.id, input.itemId), sql`${shared} > 0`))
    .orderBy(desc(shared), desc(knowledgeItems.publishedOn), knowledgeItems.id)
    .limit(input.limit ?? 3);
  return rows.map(({ shared: _shared, ...row }) => toCard(row));
}


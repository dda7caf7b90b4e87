import { and, count, eq } from 'drizzle-orm';
import { eventRegistrations, knowledgeItems } from '../../db/schema/index.ts';
import { renderMarkdown } from '../../domain/knowledge/render-markdown.ts';
import { NotFound } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { readItemTags, type ItemTags } from './item-tags.ts';
import { cardColumns, isPublicItem, toCard, type KnowledgeCard } from './public-items.ts';

export type PublicKnowledgeItem = KnowledgeCard & {
  html: string; resultsHtml: string; contact: string; url: string | null; onlineUrl: string | null;
  capacity: number | null; registered: number; waiting: number; tags: ItemTags;
};

/** One public item by slug with its rendered text, tags and (for events) the seats taken; concepts and archived items are 404. */
export async function getPublicItem(ctx: ServiceContext, input: { slug: string }): Promise<PublicKnowledgeItem> {
  const [row] = await ctx.db
    .select({ ...cardColumns, results: knowledgeItems.results, contact: knowledgeItems.contact, url: knowledgeItems.url,
      onlineUrl: knowledgeItems.onlineUrl, capacity: knowledgeItems.capacity })
    .from(knowledgeItems).where(and(eq(knowledgeItems.slug, input.slug), isPublicItem)).limit(1);
  if (!row) throw new NotFound('knowledgeItemNotPublished');
  const { results, contact, url, onlineUrl, capacity, ...card } = row;
  const [tags, counts] = await Promise.all([
    readItemTags(ctx.db, row.id),
    ctx.db.select({ status: eventRegistrations.status, n: count() }).from(eventRegistrations)
      .where(eq(eventRegistrations.itemId, row.id)).groupBy(eventRegistrations.status),
  ]);
  const countOf = (status: string) => counts.find((c) => c.status === status)?.n ?? 0;
  return {
    ...toCard(card), html: renderMarkdown(card.body), resultsHtml: renderMarkdown(results), contact, url, onlineUrl, capacity,
    registered: countOf('aangemeld'), waiting: countOf('wachtlijst'), tags,
  };
}

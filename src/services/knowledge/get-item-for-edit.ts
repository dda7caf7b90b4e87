import { eq } from 'drizzle-orm';
import { knowledgeItems, users } from '../../db/schema/index.ts';
import { NotFound } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { readItemTags } from './item-tags.ts';

/** Everything the office's edit form shows, including who proposed the item; office only. */
export async function getItemForEdit(ctx: ServiceContext, input: { itemId: number }) {
  requireRole(ctx, 'programmabureau');
  const [row] = await ctx.db.select({
    id: knowledgeItems.id, slug: knowledgeItems.slug, kind: knowledgeItems.kind, status: knowledgeItems.status, title: knowledgeItems.title,
    summary: knowledgeItems.summary, body: knowledgeItems.body, sourceTags: knowledgeItems.sourceTags, url: knowledgeItems.url,
    publishedOn: knowledgeItems.publishedOn, publishAt: knowledgeItems.publishAt, startsAt: knowledgeItems.startsAt, endsAt: knowledgeItems.endsAt,
    location: knowledgeItems.location, onlineUrl: knowledgeItems.onlineUrl, capacity: knowledgeItems.capacity, results: knowledgeItems.results,
    contact: knowledgeItems.contact, version: knowledgeItems.version, proposedBy: users.name,
  }).from(knowledgeItems).leftJoin(users, eq(users.id, knowledgeItems.proposedByUserId)).where(eq(knowledgeItems.id, input.itemId)).limit(1);
  if (!row) throw new NotFound('knowledgeItemNotFound');
  const tags = await readItemTags(ctx.db, row.id);
  return { ...row, tags };
}
export type ItemForEdit = Awaited<ReturnType<typeof getItemForEdit>>;

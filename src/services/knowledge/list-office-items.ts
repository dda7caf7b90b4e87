import { count, desc, eq, sql } from 'drizzle-orm';
import { eventRegistrations, knowledgeItems, users } from '../../db/schema/index.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

/** Every item in every state for the office, proposals of coordinators first, then newest. */
export async function listOfficeItems(ctx: ServiceContext) {
  requireRole(ctx, 'programmabureau');
  const registered = ctx.db.select({ itemId: eventRegistrations.itemId, n: count().as('n') }).from(eventRegistrations)
    .where(eq(eventRegistrations.status, 'aangemeld')).groupBy(eventRegistrations.itemId).as('registered');
  return ctx.db.select({
    id: knowledgeItems.id, slug: knowledgeItems.slug, kind: knowledgeItems.kind, status: knowledgeItems.status, title: knowledgeItems.title,
    publishedOn: knowledgeItems.publishedOn, proposedBy: users.name, capacity: knowledgeItems.capacity, registered: registered.n,
  }).from(knowledgeItems)
    .leftJoin(users, eq(users.id, knowledgeItems.proposedByUserId))
    .leftJoin(registered, eq(registered.itemId, knowledgeItems.id))
    .orderBy(desc(sql`${knowledgeItems.status} = 'concept' and ${knowledgeItems.proposedByUserId} is not null`), desc(knowledgeItems.publishedOn), desc(knowledgeItems.id));
}
export type OfficeItem = Awaited<ReturnType<typeof listOfficeItems>>[number];

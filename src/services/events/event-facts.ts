import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { knowledgeItems } from '../../db/schema/index.ts';
import { formatDateTime } from '../../domain/format.ts';
import { NotFound } from '../../errors.ts';
import { isPublicItem } from '../knowledge/public-items.ts';

export type LockedEvent = { id: number; slug: string; title: string; capacity: number | null; startsAt: Date | null; endsAt: Date | null; location: string | null; onlineUrl: string | null };

// The event row is the lock: every sign-up and cancellation of one event takes its turn on it.
export async function lockEvent(tx: Tx, where: { slug: string } | { id: number }): Promise<LockedEvent> {
  const match = 'slug' in where ? eq(knowledgeItems.slug, where.slug) : eq(knowledgeItems.id, where.id);
  const [event] = await tx.select({
    id: knowledgeItems.id, slug: knowledgeItems.slug, title: knowledgeItems.title, capacity: knowledgeItems.capacity,
    startsAt: knowledgeItems.startsAt, endsAt: knowledgeItems.endsAt, location: knowledgeItems.location, onlineUrl: knowledgeItems.onlineUrl,
  }).from(knowledgeItems).where(and(match, eq(knowledgeItems.kind, 'evenement'), isPublicItem)).for('update').limit(1);
  if (!event) throw new NotFound('eventNotPublished');
  return event;
}

/** When and where, in the Dutch of the mails. */
export function whenAndWhere(event: LockedEvent): { when: string; where: string } {
  const when = event.startsAt ? formatDateTime(event.startsAt, 'nl') + (event.endsAt ? ` tot ${formatDateTime(event.endsAt, 'nl')}` : '') : '';
  const where = [event.location, event.onlineUrl].filter(Boolean).join(' / ');
  return { when, where };
}

export type EventLinks = { cancelUrl: (token: string) => string; calendarUrl: (slug: string) => string };

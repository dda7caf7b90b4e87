import { asc, eq } from 'drizzle-orm';
import { eventRegistrations, knowledgeItems } from '../../db/schema/index.ts';
import { NotFound } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export type RegistrationRow = {
  id: number; status: 'aangemeld' | 'wachtlijst' | 'afgemeld'; name: string | null; email: string | null; organisation: string | null;
  createdAt: Date; cancelledAt: Date | null; promotedAt: Date | null; erasedAt: Date | null;
};

/** The registrations of one event in sign-up order, with personal data: programme office only. */
export async function listRegistrations(ctx: ServiceContext, input: { itemId: number }): Promise<{ title: string; slug: string; capacity: number | null; rows: RegistrationRow[] }> {
  requireRole(ctx, 'programmabureau');
  const [event] = await ctx.db.select({ title: knowledgeItems.title, slug: knowledgeItems.slug, capacity: knowledgeItems.capacity })
    .from(knowledgeItems).where(eq(knowledgeItems.id, input.itemId)).limit(1);
  if (!event) throw new NotFound('eventNotFound');
  const rows = await ctx.db.select({
    id: eventRegistrations.id, status: eventRegistrations.status, name: eventRegistrations.name, email: eventRegistrations.email,
    organisation: eventRegistrations.organisation, createdAt: eventRegistrations.createdAt, cancelledAt: eventRegistrations.cancelledAt,
    promotedAt: eventRegistrations.promotedAt, erasedAt: eventRegistrations.erasedAt,
  }).from(eventRegistrations).where(eq(eventRegistrations.itemId, input.itemId)).orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
  return { ...event, rows };
}

import { eq } from 'drizzle-orm';
import { eventRegistrations, knowledgeItems } from '../../db/schema/index.ts';
import { hashToken } from '../auth/tokens.ts';
import type { ServiceContext } from '../context.ts';

export type RegistrationByToken = { status: 'aangemeld' | 'wachtlijst' | 'afgemeld'; eventTitle: string; eventSlug: string };

/** What the cancellation page shows for a mailed token (the event, the state); no personal data. Null when unknown. */
export async function findRegistrationByToken(ctx: ServiceContext, input: { token: string }): Promise<RegistrationByToken | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(input.token)) return null;
  const [row] = await ctx.db.select({ status: eventRegistrations.status, eventTitle: knowledgeItems.title, eventSlug: knowledgeItems.slug })
    .from(eventRegistrations).innerJoin(knowledgeItems, eq(knowledgeItems.id, eventRegistrations.itemId))
    .where(eq(eventRegistrations.tokenHash, hashToken(input.token))).limit(1);
  return row ?? null;
}

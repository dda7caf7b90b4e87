import { desc } from 'drizzle-orm';
import { outbox } from '../../db/schema/index.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export type OutboxMail = { id: number; recipient: string; subject: string; body: string; createdAt: Date };

/** The latest unsent mails, newest first: programme office only (they contain one-time links). */
export async function listOutbox(ctx: ServiceContext, limit = 50): Promise<OutboxMail[]> {
  requireRole(ctx, 'programmabureau');
  return ctx.db
    .select({ id: outbox.id, recipient: outbox.recipient, subject: outbox.subject, body: outbox.body, createdAt: outbox.createdAt })
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(limit);
}

import { desc } from 'drizzle-orm';
import { outbox } from '../../db/schema/index.ts';
import type { MAIL_STATUSES } from '../../domain/enums.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export type OutboxMail = {
  id: number; recipient: string; subject: string; body: string; createdAt: Date;
  status: (typeof MAIL_STATUSES)[number]; error: string | null; sentAt: Date | null;
};

/** The latest mails with their status, newest first: programme office only (they contain one-time links). */
export async function listOutbox(ctx: ServiceContext, limit = 50): Promise<OutboxMail[]> {
  requireRole(ctx, 'programmabureau');
  return ctx.db
    .select({
      id: outbox.id, recipient: outbox.recipient, subject: outbox.subject, body: outbox.body, createdAt: outbox.createdAt,
      status: outbox.status, error: outbox.error, sentAt: outbox.sentAt,
    })
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(limit);
}

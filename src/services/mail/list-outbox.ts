import { desc } from 'drizzle-orm';
import { outbox } from '../../db/schema/index.ts';
import type { MAIL_STATUSES } from '../../domain/enums.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export type OutboxMail = {
  id: number; recipient: string; subject: string; body: string; createdAt: Date;
  status: (typeof MAIL_STATUSES)[number]; error: string | null; sentAt: Date | null;
};

// A reset link would let whoever reads the outbox take over the account, and a cancel link would sign someone off
// an event, so only their recipient sees the token. Invitation links stay: the office makes them and, without
// SMTP, hands them over itself.
const SECRET_LINK = /(\/(?:wachtwoord-herstellen|afmelden)\/)[A-Za-z0-9_-]+/g;
export const MASKED_TOKEN = '…';
export const maskSecrets = (body: string) => body.replace(SECRET_LINK, `$1${MASKED_TOKEN}`);

/** The latest mails with their status, newest first: programme office only; reset and cancel tokens masked. */
export async function listOutbox(ctx: ServiceContext, limit = 50): Promise<OutboxMail[]> {
  requireRole(ctx, 'programmabureau');
  const rows = await ctx.db
    .select({
      id: outbox.id, recipient: outbox.recipient, subject: outbox.subject, body: outbox.body, createdAt: outbox.createdAt,
      status: outbox.status, error: outbox.error, sentAt: outbox.sentAt,
    })
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, body: maskSecrets(row.body) }));
}

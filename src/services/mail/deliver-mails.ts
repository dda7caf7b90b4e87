import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';
import { transportFor, type MailConfig } from './send-mail.ts';

export type Delivery = { sent: number; failed: number };

/**
 * Sends the queued mails over SMTP, each claimed first (wachtend → verzonden) so two instances never send one
 * twice; a failure is recorded on the mail (mislukt, with the error) and never thrown, so it cannot undo the
 * change that queued it. Without SMTP the mails stay in the outbox, `wachtend`.
 */
export async function deliverMails(db: Db, config: MailConfig, now = new Date()): Promise<Delivery> {
  const result = { sent: 0, failed: 0 };
  if (!config.smtpUrl) return result;
  const queued = await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.status, 'wachtend')).orderBy(asc(outbox.id)).limit(200);
  for (const { id } of queued) {
    const [mail] = await db
      .update(outbox)
      .set({ status: 'verzonden', sentAt: now })
      .where(and(eq(outbox.id, id), eq(outbox.status, 'wachtend')))
      .returning({ to: outbox.recipient, subject: outbox.subject, text: outbox.body });
    if (!mail) continue;
    try {
      await transportFor(config.smtpUrl).sendMail({ from: config.mailFrom, ...mail });
      result.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db.update(outbox).set({ status: 'mislukt', sentAt: null, error: message.slice(0, 500) }).where(eq(outbox.id, id));
      result.failed++;
    }
  }
  return result;
}

import type { Tx } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';
import type { Actor } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import type { Mail } from './send-mail.ts';

export type QueuedMail = Mail & { kind: string; dedupeKey?: string };
/** `anonymousAudit`: the audit row leaves the recipient out (event sign-ups are audited without the person). */
export type QueueOptions = { anonymousAudit?: boolean };

/**
 * Writes a mail to the outbox inside the caller's transaction, audited, so it exists exactly when the change
 * that caused it commits; `deliverMails` sends it afterwards. With a dedupe key already used it writes
 * nothing and returns null: the unique key, not a prior read, keeps a reminder to once.
 */
export async function queueMail(tx: Tx, actor: Actor | null, mail: QueuedMail, options: QueueOptions = {}): Promise<number | null> {
  const [row] = await tx
    .insert(outbox)
    .values({ recipient: mail.to, subject: mail.subject, body: mail.text, kind: mail.kind, dedupeKey: mail.dedupeKey ?? null })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  if (!row) return null;
  const after = options.anonymousAudit ? { kind: mail.kind } : { kind: mail.kind, recipient: mail.to };
  await recordAudit(tx, actor, { action: 'mail.queue', entity: 'outbox', entityId: row.id, after });
  return row.id;
}

import { auditLog } from '../db/schema/index.ts';
import type { Tx } from '../db/client.ts';
import type { Actor } from './context.ts';

export type AuditEntry = { action: string; entity: string; entityId: string | number; before?: unknown; after?: unknown };

/** Writes one audit row inside the caller's transaction, so the change and its trail commit together. */
export async function recordAudit(tx: Tx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: actor?.userId ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

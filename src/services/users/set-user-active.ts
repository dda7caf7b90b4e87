import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { sessions, users } from '../../db/schema/index.ts';
import { Invalid, NotFound } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { idNumber } from '../../domain/input/safe-input.ts';

export const SetUserActiveInput = z.object({ userId: idNumber(), isActive: z.enum(['true', 'false']).transform((v) => v === 'true') });
export type SetUserActiveInput = z.infer<typeof SetUserActiveInput>;

/** Blocks or unblocks an account (the office only); blocking ends its sessions at once. */
export async function setUserActive(ctx: ServiceContext, input: SetUserActiveInput): Promise<void> {
  const actor = requireRole(ctx, 'programmabureau');
  if (input.userId === actor.userId && !input.isActive) throw new Invalid('cannotBlockSelf');
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select({ isActive: users.isActive }).from(users).where(eq(users.id, input.userId)).for('update');
    if (!before) throw new NotFound('userNotFound');
    if (before.isActive === input.isActive) return;
    await tx.update(users).set({ isActive: input.isActive, version: sql`${users.version} + 1` }).where(eq(users.id, input.userId));
    if (!input.isActive) await tx.delete(sessions).where(eq(sessions.userId, input.userId));
    await recordAudit(tx, actor, { action: 'update', entity: 'users', entityId: input.userId, before: { isActive: before.isActive }, after: { isActive: input.isActive } });
  });
}

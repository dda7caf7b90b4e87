import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { sessions, users } from '../../db/schema/index.ts';
import { checkPassword } from '../../domain/password-rules.ts';
import { Invalid, Unauthorized } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { confirmIdentity, CurrentPassword } from './confirm-identity.ts';
import { hashPassword } from './password-hash.ts';
import { hashToken } from './tokens.ts';

export const ChangeOwnPasswordInput = z.object({
  huidigWachtwoord: CurrentPassword,
  password: z.string().max(1024),
  confirmation: z.string().max(1024),
});
export type ChangeOwnPasswordInput = z.infer<typeof ChangeOwnPasswordInput>;

const PROBLEM_CODES = { too_short: 'passwordTooShort', too_long: 'passwordTooLong', same_as_email: 'passwordSameAsEmail', mismatch: 'passwordMismatch' } as const;

/**
 * A signed-in user sets a new password after re-authenticating (confirmIdentity); every other session of the
 * account ends, this one (`keepSessionToken`) stays. Audited, without the password.
 */
export async function changeOwnPassword(ctx: ServiceContext, input: ChangeOwnPasswordInput, keepSessionToken: string | null): Promise<void> {
  if (!ctx.actor) throw new Unauthorized('signInRequired');
  const actor = ctx.actor;
  await confirmIdentity(ctx, input.huidigWachtwoord);
  const [account] = await ctx.db.select({ email: users.email }).from(users).where(eq(users.id, actor.userId));
  const problems = checkPassword(input.password, { email: account?.email, confirmation: input.confirmation });
  if (problems.length) {
    throw new Invalid('passwordNotChanged', problems.map((p) => ({ name: p === 'mismatch' ? 'confirmation' : 'password', reason: PROBLEM_CODES[p] })));
  }
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, version: sql`${users.version} + 1` }).where(eq(users.id, actor.userId));
    const others = keepSessionToken ? and(eq(sessions.userId, actor.userId), ne(sessions.id, hashToken(keepSessionToken))) : eq(sessions.userId, actor.userId);
    await tx.delete(sessions).where(others);
    await recordAudit(tx, actor, { action: 'password_change', entity: 'users', entityId: actor.userId, after: { passwordChanged: true, otherSessionsEnded: true } });
  });
}

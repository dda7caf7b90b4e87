import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { passwordResetTokens, sessions, users } from '../../db/schema/index.ts';
import { checkPassword, type PasswordProblem } from '../../domain/password-rules.ts';
import { recordAudit } from '../record-audit.ts';
import { hashPassword } from './password-hash.ts';
import { hashToken } from './tokens.ts';

export const NewPasswordInput = z.object({ password: z.string(), confirmation: z.string() });
export type NewPasswordInput = z.infer<typeof NewPasswordInput>;

export type ResetResult = { ok: true; userId: number } | { ok: false; reason: 'invalid_token' } | { ok: false; reason: 'weak'; problems: PasswordProblem[] };

/** The account a reset link belongs to while it is unused and unexpired, else null. */
export async function findPasswordReset(db: Db, token: string, now = new Date()): Promise<{ email: string } | null> {
  const [row] = await db
    .select({ email: users.email })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now), eq(users.isActive, true)));
  return row ?? null;
}

/** Sets a new password by a one-time link: the link is spent, every session of the account ends, the change is audited. */
export async function resetPassword(db: Db, token: string, input: NewPasswordInput, now = new Date()): Promise<ResetResult> {
  const account = await findPasswordReset(db, token, now);
  if (!account) return { ok: false, reason: 'invalid_token' };
  const problems = checkPassword(input.password, { email: account.email, confirmation: input.confirmation });
  if (problems.length) return { ok: false, reason: 'weak', problems };
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Spending the token first, conditionally, makes a second use of the same link lose the race.
    const [spent] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
      .returning({ userId: passwordResetTokens.userId });
    if (!spent) return { ok: false, reason: 'invalid_token' } as const;
    await tx.update(users).set({ passwordHash, version: sql`${users.version} + 1` }).where(eq(users.id, spent.userId));
    await tx.update(passwordResetTokens).set({ usedAt: now }).where(and(eq(passwordResetTokens.userId, spent.userId), isNull(passwordResetTokens.usedAt)));
    await tx.delete(sessions).where(eq(sessions.userId, spent.userId));
    await recordAudit(tx, { userId: spent.userId, roles: [] }, { action: 'password_reset', entity: 'users', entityId: spent.userId, after: { passwordChanged: true, sessionsEnded: true } });
    return { ok: true, userId: spent.userId } as const;
  });
}

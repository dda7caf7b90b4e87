import { and, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { loginAttempts, users } from '../../db/schema/index.ts';
import { clearLoginFailures, loginThrottleFor, recordLoginFailure } from './throttles.ts';
import { verifyAgainstDummy, verifyPassword } from './password-hash.ts';

export const LoginInput = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1000),
});
export type LoginInput = z.infer<typeof LoginInput>;

export type LoginResult =
  | { ok: true; userId: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/** Checks e-mail and password, throttled per account and client address; the answer never says which of the two was wrong. */
export async function logInWithPassword(db: Db, input: LoginInput & { ip: string }, now = new Date()): Promise<LoginResult> {
  const throttle = await loginThrottleFor(db, input.email, input.ip, now);
  if (throttle.blocked) return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };

  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, isActive: users.isActive })
    .from(users)
    .where(eq(users.email, input.email));
  const valid = user?.passwordHash && user.isActive ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!valid || !user) {
    await recordLoginFailure(db, input.email, input.ip, now);
    return { ok: false, reason: 'invalid' };
  }
  await clearLoginFailures(db, input.email, input.ip);
  return { ok: true, userId: user.id };
}

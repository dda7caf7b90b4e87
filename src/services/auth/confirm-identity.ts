import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../../db/schema/index.ts';
import { Invalid, TooManyAttempts, Unauthorized } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { verifyPassword } from './password-hash.ts';
import { clearLoginFailures, loginThrottleFor, recordLoginFailure } from './throttles.ts';

/** An account without a password (signed in through SURFconext or Entree) confirms with a login this recent. */
export const REAUTH_WINDOW_MINUTES = 15;

/** The current password as a sensitive form posts it; empty when the account has none. */
export const CurrentPassword = z.string().max(1024).optional();

const refuse = (reason: 'reauthRequired' | 'reauthWrongPassword' | 'reauthSignInAgain') =>
  new Invalid(reason, [{ name: 'huidigWachtwoord', reason, values: { minutes: REAUTH_WINDOW_MINUTES } }], { minutes: REAUTH_WINDOW_MINUTES });

/**
 * Re-authentication for sensitive use-cases (roles, password): the actor's own current password, or, for an
 * account without one, a login within the last REAUTH_WINDOW_MINUTES. A stolen session alone is not enough.
 */
export async function confirmIdentity(ctx: ServiceContext, password = '', now = new Date()): Promise<void> {
  if (!ctx.actor) throw new Unauthorized('signInRequired');
  const [account] = await ctx.db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, ctx.actor.userId));
  if (account?.passwordHash) {
    if (password === '') throw refuse('reauthRequired');
    // Counted with failed logins: a stolen session must not turn into unlimited guesses at the password.
    const ip = ctx.clientIp ?? 'onbekend';
    const throttle = await loginThrottleFor(ctx.db, account.email, ip, now);
    if (throttle.blocked) throw new TooManyAttempts('reauthThrottled', throttle.retryAfterSeconds);
    if (!(await verifyPassword(account.passwordHash, password))) {
      await recordLoginFailure(ctx.db, account.email, ip, now);
      throw refuse('reauthWrongPassword');
    }
    await clearLoginFailures(ctx.db, account.email, ip);
    return;
  }
  const recent = ctx.signedInAt && now.getTime() - ctx.signedInAt.getTime() <= REAUTH_WINDOW_MINUTES * 60_000;
  if (!recent) throw refuse('reauthSignInAgain');
}

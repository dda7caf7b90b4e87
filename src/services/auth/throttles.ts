import { and, eq, gt, like, not } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { loginAttempts } from '../../db/schema/index.ts';
import { LOGIN_WINDOW_MS, loginThrottle, type Throttle } from '../../domain/login-throttle.ts';

// Counted in login_attempts (every instance sees them): failed logins under their e-mail address,
// reset requests under "reset:" + the address, so the two never mix.
export const RESET_PREFIX = 'reset:';
/** Failed logins on one account from any address: stops spreading one account's guesses over many addresses. */
export const ACCOUNT_MAX_FAILURES = 20;
/** Failed logins from one address on any account: stops one password tried against many accounts. */
export const ADDRESS_MAX_FAILURES = 30;
/** Reset mails per account and per address in the window. */
export const RESET_MAX_PER_ACCOUNT = 3;
export const RESET_MAX_PER_ADDRESS = 10;

async function timesOf(db: Db, where: ReturnType<typeof and>, now: Date): Promise<Date[]> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const rows = await db.select({ at: loginAttempts.attemptedAt }).from(loginAttempts).where(and(where, gt(loginAttempts.attemptedAt, since)));
  return rows.map((r) => r.at);
}

/** The first of several throttles that blocks, or not blocked. */
function firstBlocked(throttles: Throttle[]): Throttle {
  return throttles.find((t) => t.blocked) ?? { blocked: false };
}

/** Login failures per account and address, per account across addresses, per address across accounts. */
export async function loginThrottleFor(db: Db, email: string, ip: string, now: Date): Promise<Throttle> {
  const logins = not(like(loginAttempts.email, `${RESET_PREFIX}%`));
  const [pair, account, address] = await Promise.all([
    timesOf(db, and(eq(loginAttempts.email, email), eq(loginAttempts.ip, ip)), now),
    timesOf(db, and(eq(loginAttempts.email, email)), now),
    timesOf(db, and(eq(loginAttempts.ip, ip), logins), now),
  ]);
  return firstBlocked([loginThrottle(pair, now), loginThrottle(account, now, ACCOUNT_MAX_FAILURES), loginThrottle(address, now, ADDRESS_MAX_FAILURES)]);
}

/** A wrong password for an account, from a login or from confirming a sensitive action: both count alike. */
export async function recordLoginFailure(db: Db, email: string, ip: string, now: Date): Promise<void> {
  await db.insert(loginAttempts).values({ email, ip, attemptedAt: now });
}

/** A right password clears this account's failures from this address, as a successful login always did. */
export async function clearLoginFailures(db: Db, email: string, ip: string): Promise<void> {
  await db.delete(loginAttempts).where(and(eq(loginAttempts.email, email), eq(loginAttempts.ip, ip)));
}

/** Reset requests per account (existing or not, so the answer tells nothing) and per address; counts this one when allowed. */
export async function takeResetRequest(db: Db, email: string, ip: string, now: Date): Promise<Throttle> {
  const key = `${RESET_PREFIX}${email}`;
  const [account, address] = await Promise.all([
    timesOf(db, and(eq(loginAttempts.email, key)), now),
    timesOf(db, and(eq(loginAttempts.ip, ip), like(loginAttempts.email, `${RESET_PREFIX}%`)), now),
  ]);
  const throttle = firstBlocked([loginThrottle(account, now, RESET_MAX_PER_ACCOUNT), loginThrottle(address, now, RESET_MAX_PER_ADDRESS)]);
  if (!throttle.blocked) await db.insert(loginAttempts).values({ email: key, ip, attemptedAt: now });
  return throttle;
}

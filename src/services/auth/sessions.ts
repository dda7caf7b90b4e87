import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sessions, userRoles, users } from '../../db/schema/index.ts';
import type { Actor } from '../context.ts';
import { hashToken, newToken } from './tokens.ts';

// Idle timeout with sliding renewal; renewal writes at most once per RENEW_AFTER to keep requests cheap.
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
const RENEW_AFTER_MS = 10 * 60 * 1000;
/** However active, a session ends this long after login: a stolen cookie does not live forever. */
export const SESSION_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export type NewSession = { token: string; csrfToken: string; expiresAt: Date };
export type SessionUser = { id: number; name: string };
export type ActiveSession = { sessionId: string; actor: Actor; user: SessionUser; csrfToken: string; expiresAt: Date; renewed: boolean; signedInAt: Date };

/** Starts a session: the cookie gets the token, the database only its hash (a fresh id at every login). */
export async function createSession(db: Db, userId: number, now = new Date()): Promise<NewSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insert(sessions).values({ id: hashToken(token), userId, csrfToken, expiresAt, createdAt: now });
  // Expired sessions of this user are cleaned up here rather than by a scheduler.
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
  return { token, csrfToken, expiresAt };
}

/** The signed-in user behind a cookie token, or null when unknown, expired or deactivated. */
export async function findSession(db: Db, token: string, now = new Date()): Promise<ActiveSession | null> {
  const sessionId = hashToken(token);
  const [row] = await db
    .select({ userId: users.id, name: users.name, csrfToken: sessions.csrfToken, expiresAt: sessions.expiresAt, signedInAt: sessions.createdAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now), gt(sessions.createdAt, new Date(now.getTime() - SESSION_MAX_AGE_MS)), eq(users.isActive, true)));
  if (!row) return null;
  const roles = await db
    .select({ role: userRoles.role, consortiumId: userRoles.consortiumId })
    .from(userRoles)
    .where(eq(userRoles.userId, row.userId))
    .orderBy(userRoles.id);
  let expiresAt = row.expiresAt;
  const renewed = expiresAt.getTime() - now.getTime() < SESSION_TTL_MS - RENEW_AFTER_MS;
  if (renewed) {
    expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId));
  }
  return { sessionId, actor: { userId: row.userId, roles }, user: { id: row.userId, name: row.name }, csrfToken: row.csrfToken, expiresAt, renewed, signedInAt: row.signedInAt };
}

/** Ends this one session (sign out). */
export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

/** Ends every session of the user (sign out everywhere, password change); returns how many ended. */
export async function deleteUserSessions(db: Db, userId: number): Promise<number> {
  const deleted = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return deleted.length;
}

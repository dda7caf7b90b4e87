import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { createSession, deleteSession } from '../../services/auth/sessions.ts';
import type { AppDeps } from '../deps.ts';
import { cookieNames, cookieOptions } from '../middleware/cookies.ts';

/** Signs the user in with a brand-new session id (never reusing one from before login) and sets the cookie. */
export async function startSession(c: Context, { db, config }: Pick<AppDeps, 'db' | 'config'>, userId: number): Promise<void> {
  const names = cookieNames(config);
  const previous = c.get('sessionToken');
  const session = await createSession(db, userId);
  if (previous) {
    await deleteSession(db, previous);
  }
  setCookie(c, names.session, session.token, cookieOptions(names, session.expiresAt));
}

/** A form field as a string ('' when missing or a file). */
export function field(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

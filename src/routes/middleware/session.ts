import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Actor } from '../../services/context.ts';
import { findSession, type SessionUser } from '../../services/auth/sessions.ts';
import type { AppDeps } from '../deps.ts';
import { cookieNames, cookieOptions, isPrivatePath } from './cookies.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** Who is asking: null for the anonymous public. Pass it on as ServiceContext.actor. */
    actor: Actor | null;
    /** Display data of the signed-in user (for the portal header), null when anonymous. */
    user: SessionUser | null;
    /** The raw session cookie token of a valid session (for sign-out), null when anonymous. */
    sessionToken: string | null;
    /** When the current session began (login), null when anonymous: sensitive actions accept a recent one. */
    signedInAt: Date | null;
    /** CSRF token for forms: bound to the session, or to a pre-session cookie before login. */
    csrfToken: string;
  }
}

/** Reads the session cookie, if any, and sets actor/user; anonymous requests cost no database query. */
export function sessionMiddleware({ db, config }: Pick<AppDeps, 'db' | 'config'>): MiddlewareHandler {
  const names = cookieNames(config);
  return async (c, next) => {
    c.set('actor', null);
    c.set('user', null);
    c.set('sessionToken', null);
    c.set('signedInAt', null);
    const token = getCookie(c, names.session);
    if (token && token.length <= 64) {
      const session = await findSession(db, token);
      if (session) {
        c.set('actor', session.actor);
        c.set('user', session.user);
        c.set('sessionToken', token);
        c.set('signedInAt', session.signedInAt);
        c.set('csrfToken', session.csrfToken);
        if (session.renewed) setCookie(c, names.session, token, cookieOptions(names, session.expiresAt));
      } else {
        deleteCookie(c, names.session, cookieOptions(names));
      }
    }
    await next();
    if (c.get('actor') || isPrivatePath(c.req.path)) c.header('Cache-Control', 'private, no-store');
  };
}

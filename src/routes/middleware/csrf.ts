import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { Forbidden } from '../../errors.ts';
import { isSignedToken, newSignedToken, newToken, sameSecret } from '../../services/auth/tokens.ts';
import type { AppDeps } from '../deps.ts';
import { cookieNames, cookieOptions, isPrivatePath } from './cookies.ts';
import { isStreamedUpload, openUpload } from './streamed-upload.ts';

export const CSRF_FIELD = '_csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const FORM_EXPIRED = 'formExpired';

async function submittedToken(c: Context): Promise<string> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return '';
  // An import upload is read as a stream: the token comes from the fields before its file.
  if (isStreamedUpload(c)) return (await openUpload(c, CSRF_FIELD))?.fields[CSRF_FIELD] ?? '';
  // Hono caches the parsed body, so the route can parse it again.
  const value = (await c.req.parseBody())[CSRF_FIELD];
  return typeof value === 'string' ? value : '';
}

function sameOrigin(c: Context, publicBaseUrl: string | undefined): boolean {
  if (c.req.header('sec-fetch-site') === 'cross-site') return false;
  const origin = c.req.header('origin');
  if (!origin) return true;
  const expected = new URL(publicBaseUrl ?? c.req.url).origin;
  return origin === expected;
}

/**
 * Synchronizer token on every state-changing request outside /api: the session's token when signed in,
 * else a double-submit cookie set when a private page with a form is shown. Runs after sessionMiddleware.
 */
export function csrfMiddleware({ config }: Pick<AppDeps, 'config'>): MiddlewareHandler {
  const names = cookieNames(config);
  // Before login the token is signed with this key, so a cookie planted with a made-up value never passes.
  const key = config.csrfSecret ?? newToken();
  return async (c, next) => {
    let issued = false;
    if (!c.get('sessionToken')) {
      const existing = getCookie(c, names.csrf);
      issued = !existing || existing.length > 200 || !isSignedToken(existing, key);
      c.set('csrfToken', issued ? newSignedToken(key) : (existing as string));
    }
    if (!SAFE.has(c.req.method) && !c.req.path.startsWith('/api/')) {
      const submitted = await submittedToken(c);
      if (issued || !submitted || !sameSecret(submitted, c.get('csrfToken')) || !sameOrigin(c, config.publicBaseUrl)) {
        throw new Forbidden(FORM_EXPIRED);
      }
    }
    await next();
    // Only private pages get the cookie: public pages stay cookie-free and cacheable.
    if (issued && isPrivatePath(c.req.path)) setCookie(c, names.csrf, c.get('csrfToken'), cookieOptions(names));
  };
}

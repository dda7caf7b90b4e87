import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { safeReturnPath } from '../../domain/return-path.ts';
import { localePath } from '../../i18n/messages.ts';
import { logInWithOidc } from '../../services/auth/log-in-with-oidc.ts';
import { finishOidcLogin, startOidcLogin } from '../../services/auth/oidc-client.ts';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { baseUrl, cookieNames, cookieOptions } from '../middleware/cookies.ts';
import { startSession } from './start-session.ts';

// What the browser keeps between leaving for the provider and coming back: HttpOnly, 10 minutes.
const PendingLogin = z.object({ state: z.string(), nonce: z.string(), codeVerifier: z.string(), back: z.string() });
const PENDING_MS = 10 * 60 * 1000;
const CALLBACK = '/inloggen/oidc/callback';

function parsePending(raw: string | undefined): z.infer<typeof PendingLogin> | null {
  try {
    const parsed = PendingLogin.safeParse(JSON.parse(Buffer.from(raw ?? '', 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** OpenID Connect login (SURFconext, Entree): authorization code flow with PKCE, state and nonce. */
export function createOidcRoutes(deps: AppDeps): Hono {
  const { db, config, logger } = deps;
  const names = cookieNames(config);
  const router = new Hono();
  const settings = config.oidc;
  if (!settings) return router;

  router.post('/inloggen/oidc', async (c) => {
    const start = await startOidcLogin(settings, `${baseUrl(c, config)}${CALLBACK}`);
    const pending = { state: start.state, nonce: start.nonce, codeVerifier: start.codeVerifier, back: localePath(localeOf(c), safeReturnPath(c.req.query('terug'))) };
    setCookie(c, names.oidc, Buffer.from(JSON.stringify(pending)).toString('base64url'), cookieOptions(names, new Date(Date.now() + PENDING_MS)));
    return c.redirect(start.url, 303);
  });

  router.get(CALLBACK, async (c) => {
    const raw = getCookie(c, names.oidc);
    deleteCookie(c, names.oidc, cookieOptions(names));
    const fail = (melding: string) => c.redirect(`/inloggen?melding=${melding}`, 303);
    const pending = parsePending(raw);
    if (!pending) return fail('oidc-mislukt');
    let claims;
    try {
      const { search } = new URL(c.req.url);
      claims = await finishOidcLogin(settings, new URL(`${baseUrl(c, config)}${CALLBACK}${search}`), pending);
    } catch (error) {
      logger.warn({ err: error }, 'OIDC login failed');
      return fail('oidc-mislukt');
    }
    const result = await logInWithOidc(db, claims);
    if (!result.ok) return fail(result.reason === 'unverified' ? 'oidc-niet-geverifieerd' : 'geen-account');
    await startSession(c, deps, result.userId);
    return c.redirect(safeReturnPath(pending.back), 303);
  });

  return router;
}

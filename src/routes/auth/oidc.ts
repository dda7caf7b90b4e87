import { Hono, type Context } from 'hono';
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
import type { LoginNotice } from './login.tsx';
import { acceptInvitationWithIdentity } from '../../services/invitations/accept-invitation-with-identity.ts';

// What the browser keeps between leaving for the provider and coming back: HttpOnly, 10 minutes.
// With `invitation`, the sign-in accepts that invitation and binds the identity to the account it makes.
const PendingLogin = z.object({
  state: z.string(), nonce: z.string(), codeVerifier: z.string(), back: z.string(),
  locale: z.enum(['nl', 'en']).default('nl'), invitation: z.string().regex(/^[A-Za-z0-9_-]{43}$/).optional(),
});
type PendingLogin = z.infer<typeof PendingLogin>;
const PENDING_MS = 10 * 60 * 1000;
const CALLBACK = '/inloggen/oidc/callback';

function parsePending(raw: string | undefined): PendingLogin | null {
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

  const begin = async (c: Context, back: string, invitation?: string) => {
    const start = await startOidcLogin(settings, `${baseUrl(c, config)}${CALLBACK}`);
    const pending: PendingLogin = { state: start.state, nonce: start.nonce, codeVerifier: start.codeVerifier, back, locale: localeOf(c), invitation };
    setCookie(c, names.oidc, Buffer.from(JSON.stringify(pending)).toString('base64url'), cookieOptions(names, new Date(Date.now() + PENDING_MS)));
    return c.redirect(start.url, 303);
  };
  router.post('/inloggen/oidc', (c) => begin(c, localePath(localeOf(c), safeReturnPath(c.req.query('terug')))));
  // From the invitation page: the link's token travels in the HttpOnly pending cookie, not through the provider.
  router.post('/uitnodiging/:token/oidc', (c) => begin(c, localePath(localeOf(c), '/portaal'), c.req.param('token')));

  router.get(CALLBACK, async (c) => {
    const raw = getCookie(c, names.oidc);
    deleteCookie(c, names.oidc, cookieOptions(names));
    const pending = parsePending(raw);
    const fail = (melding: LoginNotice) => c.redirect(`${localePath(pending?.locale ?? 'nl', '/inloggen')}?melding=${melding}`, 303);
    if (!pending) return fail('oidc-mislukt');
    let claims;
    try {
      const { search } = new URL(c.req.url);
      claims = await finishOidcLogin(settings, new URL(`${baseUrl(c, config)}${CALLBACK}${search}`), pending);
    } catch (error) {
      logger.warn({ err: error }, 'OIDC login failed');
      return fail('oidc-mislukt');
    }
    if (pending.invitation) {
      const accepted = await acceptInvitationWithIdentity(db, pending.invitation, claims, new Date(), pending.locale);
      if (!accepted.ok) return fail(accepted.reason === 'invalid_token' ? 'uitnodiging-ongeldig' : 'oidc-al-gekoppeld');
      await startSession(c, deps, accepted.userId);
      return c.redirect(safeReturnPath(pending.back), 303);
    }
    // Signed in already (by password): this sign-in binds the institution account to that account.
    const actor = c.get('actor');
    const result = await logInWithOidc(db, claims, actor ? { userId: actor.userId } : null);
    if (!result.ok) return fail(result.reason === 'not_linked' ? 'oidc-niet-gekoppeld' : result.reason === 'blocked' ? 'oidc-mislukt' : 'oidc-al-gekoppeld');
    await startSession(c, deps, result.userId);
    return c.redirect(safeReturnPath(pending.back), 303);
  });

  return router;
}

import { Hono, type Context } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { minutesToWait } from '../../domain/login-throttle.ts';
import { safeReturnPath } from '../../domain/return-path.ts';
import { authMessages } from '../../i18n/auth.ts';
import { localePath } from '../../i18n/messages.ts';
import { listDemoAccounts } from '../../services/auth/list-demo-accounts.ts';
import { LoginInput, logInWithPassword } from '../../services/auth/log-in-with-password.ts';
import { deleteSession, deleteUserSessions } from '../../services/auth/sessions.ts';
import type { FieldProblem } from '../../errors.ts';
import { LoginPage, type DemoAccount } from '../../views/auth/login-page.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { clientIp, cookieNames, cookieOptions } from '../middleware/cookies.ts';
import { renderPage } from '../render.ts';
import { field, startSession } from './start-session.ts';

const DEMO_ROLE = { programmabureau: 'demoOffice', beoordelaar: 'demoAssessor', coordinator: 'demoCoordinator', aanvrager: 'demoApplicant' } as const;

/** Notices shown on the login page after a redirect (?melding=...). */
export type LoginNotice = 'uitgelogd' | 'overal-uitgelogd' | 'wachtwoord-gewijzigd' | 'oidc-mislukt' | 'oidc-niet-gekoppeld'
  | 'oidc-al-gekoppeld' | 'uitnodiging-ongeldig';

export function createLoginRoutes(deps: AppDeps): Hono {
  const { db, config } = deps;
  const router = new Hono();

  async function page(c: Context, email: string, problems: FieldProblem[], status: 200 | 400 | 429 = 200) {
    const locale = localeOf(c);
    const t = authMessages(locale);
    const notices: Record<string, string> = {
      uitgelogd: t.loggedOut, 'wachtwoord-gewijzigd': t.resetDone, 'oidc-niet-gekoppeld': t.oidcNotLinked,
      'oidc-mislukt': t.oidcFailed, 'oidc-al-gekoppeld': t.oidcLinkedElsewhere, 'uitnodiging-ongeldig': t.inviteInvalid, welkom: t.inviteDone,
    };
    const code = c.req.query('melding') ?? '';
    const ended = Number(c.req.query('aantal') ?? '0');
    const notice = code === 'overal-uitgelogd' ? t.loggedOutEverywhere(Number.isFinite(ended) ? ended : 0) : notices[code] ?? null;
    const demo = config.seedDemo && config.demoPassword
      ? { password: config.demoPassword, accounts: (await listDemoAccounts(db)).map((a): DemoAccount => ({ email: a.email, role: DEMO_ROLE[a.role] })) }
      : undefined;
    return renderPage(c, (
      <LoginPage locale={locale} csrfToken={c.get('csrfToken')} email={email} problems={problems} notice={notice} returnPath={safeReturnPath(c.req.query('terug'))}
        oidcLabel={config.oidc?.label} demo={demo?.accounts.length ? demo : undefined} />
    ), status);
  }

  router.get('/inloggen', async (c) => {
    if (c.get('actor') && !c.req.query('melding')) return c.redirect(localePath(localeOf(c), safeReturnPath(c.req.query('terug'))), 303);
    return page(c, '', []);
  });

  router.post('/inloggen', async (c) => {
    const body = await c.req.parseBody();
    const input = LoginInput.parse({ email: field(body, 'email'), password: field(body, 'password') });
    const missing: FieldProblem[] = [
      ...(input.email ? [] : [{ name: 'email', reason: 'loginEmailRequired' } as const]),
      ...(input.password ? [] : [{ name: 'password', reason: 'loginPasswordRequired' } as const]),
    ];
    if (missing.length) return page(c, input.email, missing, 400);
    const result = await logInWithPassword(db, { ...input, ip: clientIp(c, config.trustProxy) });
    if (!result.ok) {
      if (result.reason === 'throttled') {
        c.header('Retry-After', String(result.retryAfterSeconds));
        return page(c, input.email, [{ name: 'email', reason: 'loginThrottled', values: { minutes: minutesToWait(result.retryAfterSeconds) } }], 429);
      }
      return page(c, input.email, [{ name: 'email', reason: 'loginFailed' }], 400);
    }
    await startSession(c, deps, result.userId);
    return c.redirect(localePath(localeOf(c), safeReturnPath(c.req.query('terug'))), 303);
  });

  router.post('/uitloggen', async (c) => {
    const token = c.get('sessionToken');
    if (token) await deleteSession(db, token);
    deleteCookie(c, cookieNames(config).session, cookieOptions(cookieNames(config)));
    return c.redirect(`${localePath(localeOf(c), '/inloggen')}?melding=uitgelogd`, 303);
  });

  router.post('/uitloggen/overal', async (c) => {
    const actor = c.get('actor');
    const ended = actor ? await deleteUserSessions(db, actor.userId) : 0;
    deleteCookie(c, cookieNames(config).session, cookieOptions(cookieNames(config)));
    return c.redirect(`${localePath(localeOf(c), '/inloggen')}?melding=overal-uitgelogd&aantal=${ended}`, 303);
  });

  return router;
}

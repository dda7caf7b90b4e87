import { Hono, type Context } from 'hono';
import { authMessages } from '../../i18n/auth.ts';
import { localePath } from '../../i18n/messages.ts';
import { PasswordResetRequest, requestPasswordReset } from '../../services/auth/request-password-reset.ts';
import { findPasswordReset, NewPasswordInput, resetPassword } from '../../services/auth/reset-password.ts';
import type { FieldProblem } from '../../errors.ts';
import { ForgotPasswordPage, NewPasswordPage } from '../../views/auth/password-pages.tsx';
import type { AppDeps } from '../deps.ts';
import { deliverMailsAfter } from '../deliver-mails-after.ts';
import { localeOf } from '../locale.ts';
import { clientIp, mailBaseUrl } from '../middleware/cookies.ts';
import { minutesToWait } from '../../domain/login-throttle.ts';
import { renderPage } from '../render.ts';
import { passwordProblems } from './password-messages.ts';
import { field } from './start-session.ts';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function createPasswordRoutes(deps: AppDeps): Hono {
  const { db, config } = deps;
  const router = new Hono();

  router.get('/wachtwoord-vergeten', (c) =>
    renderPage(c, <ForgotPasswordPage locale={localeOf(c)} csrfToken={c.get('csrfToken')} email="" sent={c.req.query('verstuurd') === '1'} />));

  router.post('/wachtwoord-vergeten', async (c) => {
    const input = PasswordResetRequest.parse({ email: field(await c.req.parseBody(), 'email') });
    // The same answer whether or not the address has an account; too many requests get a 429 page.
    const throttle = input.email
      ? await requestPasswordReset(db, { ...input, ip: clientIp(c, config.trustProxy), locale: localeOf(c), baseUrl: mailBaseUrl(config) + (localeOf(c) === 'en' ? '/en' : '') })
      : { blocked: false as const };
    // Not awaited: the answer must take as long whether or not a mail was queued for the address.
    void deliverMailsAfter(deps);
    if (throttle.blocked) {
      c.header('Retry-After', String(throttle.retryAfterSeconds));
      return renderPage(c, <ForgotPasswordPage locale={localeOf(c)} csrfToken={c.get('csrfToken')} email={input.email} sent={false} problems={[{ name: 'email', reason: 'loginThrottled', values: { minutes: minutesToWait(throttle.retryAfterSeconds) } }]} />, 429);
    }
    return c.redirect(`${localePath(localeOf(c), '/wachtwoord-vergeten')}?verstuurd=1`, 303);
  });

  async function resetPage(c: Context, problems: FieldProblem[], status: 200 | 400 = 200) {
    const locale = localeOf(c);
    const t = authMessages(locale);
    const token = c.req.param('token') ?? '';
    const account = TOKEN.test(token) ? await findPasswordReset(db, token) : null;
    return renderPage(c, (
      <NewPasswordPage locale={locale} csrfToken={c.get('csrfToken')} title={t.resetTitle} intro={null} problems={problems}
        action={account ? localePath(locale, `/wachtwoord-herstellen/${token}`) : null} invalidText={t.resetInvalid} button={t.resetButton} path="/wachtwoord-vergeten" />
    ), account ? status : 404);
  }

  router.get('/wachtwoord-herstellen/:token', (c) => resetPage(c, []));

  router.post('/wachtwoord-herstellen/:token', async (c) => {
    const body = await c.req.parseBody();
    const token = c.req.param('token');
    if (!TOKEN.test(token)) return resetPage(c, []);
    const result = await resetPassword(db, token, NewPasswordInput.parse({ password: field(body, 'password'), confirmation: field(body, 'confirmation') }));
    if (!result.ok) return resetPage(c, result.reason === 'weak' ? passwordProblems(result.problems) : [], 400);
    return c.redirect(`${localePath(localeOf(c), '/inloggen')}?melding=wachtwoord-gewijzigd`, 303);
  });

  return router;
}

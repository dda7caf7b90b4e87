import { Hono, type Context } from 'hono';
import { authMessages } from '../../i18n/auth.ts';
import { localePath } from '../../i18n/messages.ts';
import { portalMessages } from '../../i18n/portal.ts';
import { acceptInvitation, AcceptInvitationInput, findInvitation } from '../../services/invitations/accept-invitation.ts';
import type { FieldProblem } from '../../errors.ts';
import { NewPasswordPage } from '../../views/auth/password-pages.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { passwordProblems } from './password-messages.ts';
import { field, startSession } from './start-session.ts';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function createInvitationRoutes(deps: AppDeps): Hono {
  const { db, config } = deps;
  const router = new Hono();

  async function invitationPage(c: Context, name: string, problems: FieldProblem[], status: 200 | 400 = 200) {
    const locale = localeOf(c);
    const t = authMessages(locale);
    const token = c.req.param('token') ?? '';
    const invitation = TOKEN.test(token) ? await findInvitation(db, token) : null;
    const role = invitation ? `${portalMessages(locale).role[invitation.role]}${invitation.consortiumName ? ` (${invitation.consortiumName})` : ''}` : '';
    return renderPage(c, (
      <NewPasswordPage locale={locale} csrfToken={c.get('csrfToken')} title={t.inviteTitle} intro={invitation ? t.inviteIntro(invitation.email, role) : null}
        action={invitation ? localePath(locale, `/uitnodiging/${token}`) : null} problems={problems} name={{ value: name }}
        invalidText={t.inviteInvalid} button={t.inviteButton} path="/inloggen"
        oidc={invitation && config.oidc ? { label: config.oidc.label, action: localePath(locale, `/uitnodiging/${token}/oidc`) } : undefined} />
    ), invitation ? status : 404);
  }

  router.get('/uitnodiging/:token', (c) => invitationPage(c, '', []));

  router.post('/uitnodiging/:token', async (c) => {
    const locale = localeOf(c);
    const body = await c.req.parseBody();
    const token = c.req.param('token');
    const input = AcceptInvitationInput.parse({ name: field(body, 'name'), password: field(body, 'password'), confirmation: field(body, 'confirmation') });
    if (!TOKEN.test(token)) return invitationPage(c, input.name, []);
    const result = await acceptInvitation(db, token, input, new Date(), locale);
    if (!result.ok) {
      if (result.reason !== 'invalid') return invitationPage(c, input.name, [], 400);
      const name: FieldProblem[] = result.nameMissing ? [{ name: 'name', reason: 'nameRequired' }] : [];
      return invitationPage(c, input.name, [...name, ...passwordProblems(result.problems)], 400);
    }
    await startSession(c, deps, result.userId);
    return c.redirect(localePath(locale, '/portaal'), 303);
  });

  return router;
}

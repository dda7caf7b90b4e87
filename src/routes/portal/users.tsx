import { requireRole } from '../../services/authorize.ts';
import { Hono, type Context } from 'hono';
import { Invalid } from '../../errors.ts';
import { localePath } from '../../i18n/messages.ts';
import { portalMessages } from '../../i18n/portal.ts';
import { createInvitation, InvitationInput } from '../../services/invitations/create-invitation.ts';
import { listConsortiumChoices } from '../../services/users/list-my-consortia.ts';
import { listPendingInvitations, listUsers } from '../../services/users/list-users.ts';
import { setUserActive, SetUserActiveInput } from '../../services/users/set-user-active.ts';
import type { FieldErrors } from '../../views/forms.tsx';
import { UsersPage, type InviteForm } from '../../views/portal/users-page.tsx';
import { field } from '../auth/start-session.ts';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { mailBaseUrl } from '../middleware/cookies.ts';
import { renderPage } from '../render.ts';
import { portalPage, serviceContext } from './portal-page.ts';

const EMPTY: InviteForm = { email: '', role: 'coordinator', consortiumId: '' };

/** Users and invitations, for the programme office (the services check the role). */
export function createUserRoutes({ db, config }: AppDeps): Hono {
  const router = new Hono();

  async function page(c: Context, form: InviteForm, errors: FieldErrors, status: 200 | 400 = 200) {
    const ctx = serviceContext(c, db);
    const [users, invitations, consortia] = await Promise.all([listUsers(ctx), listPendingInvitations(ctx), listConsortiumChoices(ctx)]);
    const p = portalMessages(localeOf(c));
    const invited = c.req.query('uitgenodigd');
    const notice = invited ? p.invited(invited) : c.req.query('bijgewerkt') ? p.userUpdated : null;
    return renderPage(c, <UsersPage page={portalPage(c)} users={users} invitations={invitations} consortia={consortia} form={form} errors={errors} notice={notice} />, status);
  }

  router.get('/', (c) => page(c, EMPTY, {}));

  router.post('/uitnodigen', async (c) => {
    const body = await c.req.parseBody();
    const form: InviteForm = { email: field(body, 'email'), role: field(body, 'role'), consortiumId: field(body, 'consortiumId') };
    const parsed = InvitationInput.safeParse({ ...form, consortiumId: form.consortiumId || undefined });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
      return page(c, form, errors, 400);
    }
    try {
      await createInvitation(serviceContext(c, db), config, parsed.data, mailBaseUrl(config));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return page(c, form, Object.fromEntries(error.problems.map((p) => [p.name, p.reason])), 400);
    }
    return c.redirect(`${localePath(localeOf(c), '/portaal/gebruikers')}?uitgenodigd=${encodeURIComponent(parsed.data.email)}`, 303);
  });

  router.post('/status', async (c) => {
    requireRole(serviceContext(c, db), 'programmabureau');
    const body = await c.req.parseBody();
    const input = SetUserActiveInput.safeParse({ userId: field(body, 'userId'), isActive: field(body, 'isActive') });
    if (!input.success) throw new Invalid('Deze wijziging is niet geldig.');
    await setUserActive(serviceContext(c, db), input.data);
    return c.redirect(`${localePath(localeOf(c), '/portaal/gebruikers')}?bijgewerkt=1`, 303);
  });

  return router;
}

import { Hono, type Context } from 'hono';
import { Invalid } from '../../errors.ts';
import { FLASH_KEYS } from '../../i18n/portal-common.ts';
import { localePath } from '../../i18n/messages.ts';
import { requireRole } from '../../services/authorize.ts';
import { createInvitation, InvitationInput } from '../../services/invitations/create-invitation.ts';
import { toFieldProblems } from '../../services/parse-input.ts';
import { listConsortiumChoices } from '../../services/users/list-my-consortia.ts';
import { listPendingInvitations, listUsers } from '../../services/users/list-users.ts';
import { setUserActive, SetUserActiveInput } from '../../services/users/set-user-active.ts';
import type { FormValues } from '../../views/portal/form-controls.tsx';
import { UsersPage } from '../../views/portal/users-page.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { deliverMailsAfter } from '../deliver-mails-after.ts';
import { mailBaseUrl } from '../middleware/cookies.ts';
import { renderPage } from '../render.ts';
import { csrfOf, flashOf, formErrorState, readForm, serviceContext, withFlash, type FormState } from './form-helpers.ts';
import { createUserRoleRoutes } from './user-role-routes.tsx';
import { portalSessionOf } from './portal-session.ts';

const EMPTY: FormState = { values: { role: 'coordinator' }, problems: [] };

/** Users and invitations, for the programme office (the services check the role). */
export function createUserRoutes(deps: AppDeps): Hono {
  const { db, config } = deps;
  const router = new Hono();
  const home = (c: Context) => localePath(localeOf(c), '/portaal/gebruikers');

  async function page(c: Context, state: FormState, status: 200 | 400 | 409 = 200) {
    const ctx = serviceContext(c, db);
    const [users, invitations, consortia] = await Promise.all([listUsers(ctx), listPendingInvitations(ctx), listConsortiumChoices(ctx)]);
    return renderPage(c, <UsersPage portal={portalSessionOf(c)} locale={localeOf(c)} csrfToken={csrfOf(c)} users={users} invitations={invitations} consortia={consortia}
      values={state.values} problems={state.problems} message={state.message} messageValues={state.messageValues} flash={flashOf(c, FLASH_KEYS)} />, status);
  }

  router.get('/', (c) => page(c, EMPTY));

  router.post('/uitnodigen', async (c) => {
    requireRole(serviceContext(c, db), 'programmabureau');
    const values: FormValues = await readForm(c);
    const parsed = InvitationInput.safeParse({ ...values, consortiumId: values.consortiumId || undefined });
    if (!parsed.success) return page(c, { values, problems: toFieldProblems(parsed.error) }, 400);
    try {
      const locale = localeOf(c);
      await createInvitation(serviceContext(c, db), parsed.data, { locale, baseUrl: mailBaseUrl(config) + (locale === 'en' ? '/en' : '') });
    } catch (error) {
      const state = formErrorState(values, error);
      if (!state) throw error;
      return page(c, state, state.status);
    }
    await deliverMailsAfter(deps);
    return c.redirect(withFlash(home(c), 'uitgenodigd'), 303);
  });

  router.post('/status', async (c) => {
    requireRole(serviceContext(c, db), 'programmabureau');
    const input = SetUserActiveInput.safeParse(await readForm(c));
    if (!input.success) throw new Invalid('invalidChange');
    await setUserActive(serviceContext(c, db), input.data);
    return c.redirect(withFlash(home(c), 'bijgewerkt'), 303);
  });

  router.route('/', createUserRoleRoutes(deps));
  return router;
}

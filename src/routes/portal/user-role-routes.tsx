import { Hono, type Context } from 'hono';
import { FLASH_KEYS } from '../../i18n/portal-common.ts';
import { localePath } from '../../i18n/messages.ts';
import { requireRole } from '../../services/authorize.ts';
import { toFieldProblems } from '../../services/parse-input.ts';
import { getUserRoles } from '../../services/users/get-user-roles.ts';
import { listConsortiumChoices } from '../../services/users/list-my-consortia.ts';
import { updateUserRoles, UpdateUserRolesInput } from '../../services/users/update-user-roles.ts';
import { UserRolesPage, userRolesValues } from '../../views/portal/user-roles-page.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { clientIp } from '../middleware/cookies.ts';
import { renderPage } from '../render.ts';
import { csrfOf, flashOf, formErrorState, idParam, readForm, serviceContext, withFlash, type FormState } from './form-helpers.ts';
import { portalSessionOf } from './portal-session.ts';

/** /portaal/gebruikers/:id: the office changes a user's roles and coordinator scope (optimistic locking). */
export function createUserRoleRoutes({ db, config }: AppDeps): Hono {
  const router = new Hono();
  const render = async (c: Context, userId: number, state: FormState | null, status: 200 | 400 | 409 = 200) => {
    const ctx = serviceContext(c, db);
    const [user, consortia] = await Promise.all([getUserRoles(ctx, { userId }), listConsortiumChoices(ctx)]);
    // After a conflict the form shows the current roles with the new version, so saving again is a deliberate choice.
    const values = state && status !== 409 ? state.values : userRolesValues(user);
    return renderPage(c, <UserRolesPage portal={portalSessionOf(c)} locale={localeOf(c)} csrfToken={csrfOf(c)} user={user} consortia={consortia} values={values}
      problems={state?.problems ?? []} message={state?.message} messageValues={state?.messageValues} flash={flashOf(c, FLASH_KEYS)} />, status);
  };

  router.get('/:id', (c) => render(c, idParam(c, 'id'), null));
  router.post('/:id', async (c) => {
    const userId = idParam(c, 'id');
    // Authorization before validation: a refused visitor learns nothing from the form's error messages.
    requireRole(serviceContext(c, db), 'programmabureau');
    const form = await readForm(c);
    const parsed = UpdateUserRolesInput.safeParse({ ...form, userId });
    if (!parsed.success) return render(c, userId, { values: form, problems: toFieldProblems(parsed.error) }, 400);
    try {
      await updateUserRoles({ ...serviceContext(c, db), clientIp: clientIp(c, config.trustProxy) }, parsed.data);
    } catch (error) {
      const state = formErrorState(form, error);
      if (!state) throw error;
      return render(c, userId, state, state.status);
    }
    return c.redirect(withFlash(localePath(localeOf(c), `/portaal/gebruikers/${userId}`), 'opgeslagen'), 303);
  });
  return router;
}

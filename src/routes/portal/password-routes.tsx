import { Hono, type Context } from 'hono';
import { FLASH_KEYS } from '../../i18n/portal-common.ts';
import { localePath } from '../../i18n/messages.ts';
import { changeOwnPassword, ChangeOwnPasswordInput } from '../../services/auth/change-own-password.ts';
import { toFieldProblems } from '../../services/parse-input.ts';
import { ChangePasswordPage } from '../../views/portal/change-password-page.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { clientIp } from '../middleware/cookies.ts';
import { renderPage } from '../render.ts';
import { csrfOf, flashOf, formErrorState, readForm, serviceContext, withFlash, type FormState } from './form-helpers.ts';
import { portalSessionOf } from './portal-session.ts';

/** /portaal/wachtwoord: every signed-in user changes their own password, re-authenticated. */
export function createPasswordRoutes({ db, config }: AppDeps): Hono {
  const router = new Hono();
  const render = (c: Context, state: Omit<FormState, 'values'> | null, status: 200 | 400 | 409 = 200) =>
    renderPage(c, <ChangePasswordPage portal={portalSessionOf(c)} locale={localeOf(c)} csrfToken={csrfOf(c)} problems={state?.problems ?? []}
      message={state?.message} messageValues={state?.messageValues} flash={flashOf(c, FLASH_KEYS)} />, status);

  router.get('/', (c) => render(c, null));
  router.post('/', async (c) => {
    const form = await readForm(c);
    const parsed = ChangeOwnPasswordInput.safeParse(form);
    if (!parsed.success) return render(c, { problems: toFieldProblems(parsed.error) }, 400);
    try {
      const ctx = { ...serviceContext(c, db), clientIp: clientIp(c, config.trustProxy) };
      await changeOwnPassword(ctx, parsed.data, c.get('sessionToken') ?? null);
    } catch (error) {
      const state = formErrorState(form, error);
      if (!state) throw error;
      return render(c, state, state.status);
    }
    return c.redirect(withFlash(localePath(localeOf(c), '/portaal/wachtwoord'), 'opgeslagen'), 303);
  });
  return router;
}

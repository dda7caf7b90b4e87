import type { Context, Hono } from 'hono';
import { FLASH_KEYS } from '../../i18n/portal-common.ts';
import { getConsortiumProfile } from '../../services/consortia/get-consortium-profile.ts';
import { ConsortiumProfileInput, updateConsortiumProfile } from '../../services/consortia/update-consortium-profile.ts';
import { ConsortiumProfilePage } from '../../views/portal/consortium-profile-page.tsx';
import { paths } from '../../views/portal/portal-paths.ts';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { csrfOf, flashOf, formErrorState, idParam, readForm, serviceContext, toFormValues, withFlash, zodState, type FormState } from './form-helpers.ts';
import { portalSessionOf } from './portal-session.ts';

/** GET shows the stored profile; after a failed POST the same page shows the user's input and what to fix. */
export function registerProfileRoutes(router: Hono, { db }: AppDeps) {
  const render = async (c: Context, consortiumId: number, state: FormState | null, status: 200 | 400 | 409 = 200) => {
    const profile = await getConsortiumProfile(serviceContext(c, db), { consortiumId });
    const values = state?.values ?? toFormValues(profile);
    return renderPage(c, <ConsortiumProfilePage portal={portalSessionOf(c)} locale={localeOf(c)} consortiumId={consortiumId} consortiumName={profile.name} leadOrganisationName={profile.leadOrganisationName}
      csrfToken={csrfOf(c)} values={values} problems={state?.problems ?? []} message={state?.message} messageValues={state?.messageValues} flash={flashOf(c, FLASH_KEYS)} />, status);
  };
  router.get('/consortia/:id/profiel', (c) => render(c, idParam(c, 'id'), null));
  router.post('/consortia/:id/profiel', async (c) => {
    const consortiumId = idParam(c, 'id');
    const form = await readForm(c);
    const parsed = ConsortiumProfileInput.safeParse(form);
    if (!parsed.success) return render(c, consortiumId, zodState(form, parsed.error), 400);
    try {
      await updateConsortiumProfile(serviceContext(c, db), { ...parsed.data, consortiumId });
    } catch (error) {
      const state = formErrorState(form, error);
      if (state) return render(c, consortiumId, state, state.status);
      throw error;
    }
    return c.redirect(withFlash(paths.profile(consortiumId), 'opgeslagen'), 303);
  });
  router.get('/consortia/:id', (c) => c.redirect(paths.profile(idParam(c, 'id')), 302));
}

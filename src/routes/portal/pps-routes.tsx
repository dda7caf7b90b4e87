import { requireConsortiumScope } from '../../services/authorize.ts';
import type { Context, Hono } from 'hono';
import { FLASH_KEYS } from '../../i18n/portal-common.ts';
import { createPps } from '../../services/consortia/create-pps.ts';
import { getPpsForEdit } from '../../services/consortia/get-pps-for-edit.ts';
import { getConsortiumProfile } from '../../services/consortia/get-consortium-profile.ts';
import { listConsortiumPps } from '../../services/consortia/list-consortium-pps.ts';
import { listMunicipalities } from '../../services/code-lists/list-municipalities.ts';
import { PpsInput } from '../../services/consortia/pps-input.ts';
import { updatePps } from '../../services/consortia/update-pps.ts';
import { Version } from '../../services/consortia/consortium-codes.ts';
import { PpsFormPage } from '../../views/portal/pps-form-page.tsx';
import { PpsListPage } from '../../views/portal/pps-list-page.tsx';
import { paths } from '../../views/portal/portal-paths.ts';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { csrfOf, flashOf, formErrorState, idParam, readForm, serviceContext, toFormValues, withFlash, zodState, type FormState } from './form-helpers.ts';
import { portalSessionOf } from './portal-session.ts';

const PpsEdit = PpsInput.extend({ version: Version });

export function registerPpsRoutes(router: Hono, { db }: AppDeps) {
  router.get('/consortia/:id/pps', async (c) => {
    const consortiumId = idParam(c, 'id');
    const ctx = serviceContext(c, db);
    const [profile, items] = [await getConsortiumProfile(ctx, { consortiumId }), await listConsortiumPps(ctx, { consortiumId })];
    return renderPage(c, <PpsListPage portal={portalSessionOf(c)} locale={localeOf(c)} consortiumId={consortiumId} consortiumName={profile.name} items={items} flash={flashOf(c, FLASH_KEYS)} />);
  });

  const render = async (c: Context, target: { consortiumId: number; ppsId: number | null; ppsName: string | null }, state: FormState, status: 200 | 400 | 409 = 200) =>
    renderPage(c, <PpsFormPage portal={portalSessionOf(c)} locale={localeOf(c)} {...target} municipalities={await listMunicipalities(serviceContext(c, db))} csrfToken={csrfOf(c)}
      values={state.values} problems={state.problems} message={state.message} messageValues={state.messageValues} flash={flashOf(c, FLASH_KEYS)} />, status);

  router.get('/consortia/:id/pps/nieuw', async (c) => {
    const consortiumId = idParam(c, 'id');
    await getConsortiumProfile(serviceContext(c, db), { consortiumId }); // scope check before showing the form
    return render(c, { consortiumId, ppsId: null, ppsName: null }, { values: { status: 'actief', levels: ['mbo'] }, problems: [] });
  });
  router.post('/consortia/:id/pps/nieuw', async (c) => {
    const consortiumId = idParam(c, 'id');
    // Authorization before validation: a refused visitor learns nothing from the form's error messages.
    requireConsortiumScope(serviceContext(c, db), consortiumId);
    const form = await readForm(c);
    const target = { consortiumId, ppsId: null, ppsName: null };
    const parsed = PpsInput.safeParse(form);
    if (!parsed.success) return render(c, target, zodState(form, parsed.error), 400);
    try {
      const { id } = await createPps(serviceContext(c, db), { ...parsed.data, consortiumId });
      return c.redirect(withFlash(paths.partners(id), 'toegevoegd'), 303);
    } catch (error) {
      const state = formErrorState(form, error);
      if (state) return render(c, target, state, state.status);
      throw error;
    }
  });

  router.get('/pps/:ppsId', async (c) => {
    const pps = await getPpsForEdit(serviceContext(c, db), { ppsId: idParam(c, 'ppsId') });
    const values = toFormValues(pps);
    return render(c, { consortiumId: pps.consortiumId, ppsId: pps.id, ppsName: pps.name }, { values, problems: [] });
  });
  router.post('/pps/:ppsId', async (c) => {
    const ppsId = idParam(c, 'ppsId');
    const ctx = serviceContext(c, db);
    const stored = await getPpsForEdit(ctx, { ppsId });
    const target = { consortiumId: stored.consortiumId, ppsId, ppsName: stored.name };
    const form = await readForm(c);
    const parsed = PpsEdit.safeParse(form);
    if (!parsed.success) return render(c, target, zodState(form, parsed.error), 400);
    try {
      await updatePps(ctx, { ...parsed.data, ppsId });
    } catch (error) {
      const state = formErrorState(form, error);
      if (state) return render(c, target, state, state.status);
      throw error;
    }
    return c.redirect(withFlash(paths.pps(ppsId), 'opgeslagen'), 303);
  });
}

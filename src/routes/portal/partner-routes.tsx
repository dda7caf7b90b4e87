import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { Invalid, type FieldProblem } from '../../errors.ts';
import { FLASH_KEYS } from '../../i18n/portal-common.ts';
import { addPartner } from '../../services/consortia/add-partner.ts';
import { Version } from '../../services/consortia/consortium-codes.ts';
import { DuplicateOrganisation } from '../../services/consortia/duplicate-organisation.ts';
import { findOrganisations, OrganisationSearch, type OrganisationHit } from '../../services/consortia/find-organisations.ts';
import { listMunicipalities } from '../../services/code-lists/list-municipalities.ts';
import { listPpsPartners } from '../../services/consortia/list-pps-partners.ts';
import { NewOrganisationInput } from '../../services/consortia/new-organisation-input.ts';
import { removePartner } from '../../services/consortia/remove-partner.ts';
import { toFieldProblems } from '../../services/parse-input.ts';
import type { FormValues } from '../../views/portal/form-controls.tsx';
import { PartnersPage, type PartnersPageProps } from '../../views/portal/partners-page.tsx';
import { paths } from '../../views/portal/portal-paths.ts';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { csrfOf, flashOf, formErrorState, idParam, readForm, serviceContext, withFlash } from './form-helpers.ts';
import { idNumber } from '../../domain/input/safe-input.ts';
import { portalSessionOf } from './portal-session.ts';

const AddExisting = z.object({ organisationId: idNumber() });
const Remove = z.object({ version: Version });

export function registerPartnerRoutes(router: Hono, { db }: AppDeps) {
  const render = async (c: Context, ppsId: number, q: string | undefined, create: PartnersPageProps['create'], status: 200 | 400 | 409 = 200) => {
    const ctx = serviceContext(c, db);
    const partners = await listPpsPartners(ctx, { ppsId });
    let hits: OrganisationHit[] | null = null;
    let searchProblems: FieldProblem[] = [];
    if (q !== undefined) {
      const parsed = OrganisationSearch.safeParse({ q });
      if (parsed.success) hits = await findOrganisations(ctx, parsed.data);
      else searchProblems = toFieldProblems(parsed.error);
    }
    return renderPage(c, <PartnersPage portal={portalSessionOf(c)} locale={localeOf(c)} partners={partners} csrfToken={csrfOf(c)} municipalities={await listMunicipalities(ctx)}
      search={{ values: { q: q ?? '' }, problems: searchProblems, hits }} create={create} flash={flashOf(c, FLASH_KEYS)} />, status);
  };
  const afterError = (c: Context, ppsId: number, form: FormValues, error: unknown) => {
    const q = typeof form.q === 'string' && form.q ? form.q : undefined;
    if (error instanceof DuplicateOrganisation) {
      const problems = [{ name: error.field, reason: error.code, values: error.values }];
      return render(c, ppsId, q ?? error.existing.name, { values: form, problems, duplicate: error.existing }, 409);
    }
    const state = formErrorState(form, error);
    if (!state) throw error;
    return render(c, ppsId, q, { values: form, problems: state.problems, message: state.message, messageValues: state.messageValues }, state.status);
  };

  router.get('/pps/:ppsId/partners', (c) => render(c, idParam(c, 'ppsId'), c.req.query('q'), { values: {}, problems: [] }));

  router.post('/pps/:ppsId/partners', async (c) => {
    const ppsId = idParam(c, 'ppsId');
    const form = await readForm(c);
    const parsed = AddExisting.safeParse(form);
    if (!parsed.success) return render(c, ppsId, undefined, { values: {}, problems: [], message: 'organisationChoose' }, 400);
    try {
      await addPartner(serviceContext(c, db), { ppsId, organisationId: parsed.data.organisationId });
    } catch (error) {
      return afterError(c, ppsId, form, error);
    }
    return c.redirect(withFlash(paths.partners(ppsId), 'toegevoegd'), 303);
  });

  router.post('/pps/:ppsId/partners/nieuw', async (c) => {
    const ppsId = idParam(c, 'ppsId');
    const form = await readForm(c);
    const parsed = NewOrganisationInput.safeParse(form);
    const q = typeof form.q === 'string' ? form.q : '';
    if (!parsed.success) return render(c, ppsId, q, { values: form, problems: toFieldProblems(parsed.error) }, 400);
    try {
      await addPartner(serviceContext(c, db), { ppsId, organisation: parsed.data });
    } catch (error) {
      return afterError(c, ppsId, form, error);
    }
    return c.redirect(withFlash(paths.partners(ppsId), 'toegevoegd'), 303);
  });

  router.post('/pps/:ppsId/partners/:membershipId/verwijderen', async (c) => {
    const ppsId = idParam(c, 'ppsId');
    const form = await readForm(c);
    const parsed = Remove.safeParse(form);
    try {
      if (!parsed.success) throw new Invalid('versionMissing');
      await removePartner(serviceContext(c, db), { membershipId: idParam(c, 'membershipId'), version: parsed.data.version });
    } catch (error) {
      return afterError(c, ppsId, {}, error);
    }
    return c.redirect(withFlash(paths.partners(ppsId), 'verwijderd'), 303);
  });
}

import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { Invalid, RulesFailed, type FieldProblem } from '../../errors.ts';
import { applicationPortal } from '../../i18n/application-portal.ts';
import { localePath } from '../../i18n/messages.ts';
import { requireRole } from '../../services/authorize.ts';
import { createApplication } from '../../services/applications/create-application.ts';
import { getApplicationForm } from '../../services/applications/get-application-form.ts';
import { listLeadOrganisations } from '../../services/applications/list-lead-organisations.ts';
import { listMyApplications } from '../../services/applications/list-my-applications.ts';
import { saveApplication } from '../../services/applications/save-application.ts';
import { submitApplication } from '../../services/applications/submit-application.ts';
import { findOrganisations, OrganisationSearch } from '../../services/consortia/find-organisations.ts';
import { listOpenRounds } from '../../services/rounds/list-open-rounds.ts';
import { ApplicationListPage } from '../../views/portal/selection/application-list-page.tsx';
import { ApplicationPage } from '../../views/portal/selection/application-page.tsx';
import { valueOf, type FormValues } from '../../views/portal/form-controls.tsx';
import { todayOf, type AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { applicationValues, formFieldOf, parseApplicationForm } from './application-form.ts';
import { flashOf, formErrorState, idParam, readForm, serviceContext, withFlash, type FormState } from './form-helpers.ts';
import { portalSessionOf } from './portal-session.ts';

const FLASH = ['aangemaakt', 'opgeslagen', 'ingediend'] as const;
const Version = z.coerce.number().int().min(1).max(2_147_483_647);
const positiveId = (text: string) => (/^[1-9]\d{0,9}$/.test(text) ? Number(text) : 0);

/** The applicant's (and the office's) application forms: start, save as draft, search partners, submit. */
export function createApplicationRoutes(deps: AppDeps): Hono {
  const { db } = deps;
  const now = () => deps.now?.() ?? new Date();
  const router = new Hono();
  const flashText = (c: Context) => {
    const t = applicationPortal(localeOf(c));
    const key = flashOf(c, FLASH);
    return key === 'aangemaakt' ? t.created : key === 'opgeslagen' ? t.saved : key === 'ingediend' ? t.submitted : null;
  };

  const list = async (c: Context, state: FormState, status: 200 | 400 | 409 = 200) => {
    const ctx = serviceContext(c, db);
    requireRole(ctx, 'aanvrager', 'programmabureau');
    const [applications, rounds, leads] = await Promise.all([listMyApplications(ctx), listOpenRounds(ctx, todayOf(deps)), listLeadOrganisations(ctx)]);
    return renderPage(c, <ApplicationListPage portal={portalSessionOf(c)} applications={applications} rounds={rounds} leads={leads} flash={flashText(c)} {...state} />, status);
  };
  router.get('/aanvragen', (c) => list(c, { values: {}, problems: [] }));
  router.post('/aanvragen', async (c) => {
    const form = await readForm(c);
    try {
      const { id } = await createApplication(serviceContext(c, db), {
        roundId: positiveId(valueOf(form, 'ronde')), leadOrganisationId: positiveId(valueOf(form, 'penvoerder')), title: valueOf(form, 'titel'),
      });
      return c.redirect(withFlash(localePath(localeOf(c), `/portaal/aanvragen/${id}`), 'aangemaakt'), 303);
    } catch (error) {
      const state = formErrorState(form, error);
      if (!state) throw error;
      const names: Record<string, string> = { roundId: 'ronde', leadOrganisationId: 'penvoerder', title: 'titel' };
      return list(c, { ...state, problems: state.problems.map((p) => ({ ...p, name: names[p.name] ?? p.name })) }, state.status);
    }
  });

  const show = async (c: Context, id: number, state: FormState | null, status: 200 | 400 | 409 = 200) => {
    const ctx = serviceContext(c, db);
    const form = await getApplicationForm(ctx, id);
    const q = OrganisationSearch.safeParse({ q: c.req.query('partnerzoek') ?? '' });
    const search = q.success && form.canEdit ? { q: q.data.q, hits: await findOrganisations(ctx, q.data) } : undefined;
    const values: FormValues = state?.values ?? applicationValues(form.application, localeOf(c));
    return renderPage(c, <ApplicationPage portal={portalSessionOf(c)} form={form} values={values} problems={state?.problems ?? []}
      message={state?.message} messageValues={state?.messageValues} flash={state ? null : flashText(c)} search={search} />, status);
  };
  router.get('/aanvragen/:id', (c) => show(c, idParam(c, 'id'), null));
  router.post('/aanvragen/:id', async (c) => {
    const id = idParam(c, 'id');
    const ctx = serviceContext(c, db);
    const form = await readForm(c);
    const action = valueOf(form, 'actie');
    const { content, problems } = parseApplicationForm(form);
    if (problems.length) return show(c, id, { values: form, problems, message: 'applicationNotSaved' }, 400);
    const version = Version.safeParse(form.version);
    if (!version.success) return show(c, id, { values: form, problems: [], message: 'versionMissing' }, 400);
    let saved: { version: number };
    try {
      saved = await saveApplication(ctx, { applicationId: id, version: version.data, content });
    } catch (error) {
      const state = formErrorState(form, error);
      if (!state) throw error;
      return show(c, id, { ...state, problems: state.problems.map((p) => ({ ...p, name: formFieldOf(p.name, content) })) }, state.status);
    }
    const base = localePath(localeOf(c), `/portaal/aanvragen/${id}`);
    if (action === 'zoeken') return c.redirect(`${base}?partnerzoek=${encodeURIComponent(valueOf(form, 'partnerzoek').trim())}#partners-zoeken`, 303);
    if (action !== 'indienen') return c.redirect(withFlash(base, 'opgeslagen'), 303);
    try {
      await submitApplication(ctx, { applicationId: id, version: saved.version, now: now() });
    } catch (error) {
      // The draft is saved; show it again (with its new version) and why it was not submitted.
      if (error instanceof RulesFailed) return show(c, id, { values: form, problems: error.problems, message: 'applicationNotSubmitted' }, 400);
      if (error instanceof Invalid) return show(c, id, { values: form, problems: withoutRoundField(error.problems), message: error.code, messageValues: error.values }, 400);
      const state = formErrorState(form, error);
      if (!state) throw error;
      return show(c, id, state, state.status);
    }
    return c.redirect(withFlash(base, 'ingediend'), 303);
  });
  return router;
}
/** The submission window's problem belongs to the round, not to a field of this form: it is listed without a link. */
const withoutRoundField = (problems: FieldProblem[]): FieldProblem[] => problems.map((p) => (p.name === 'ronde' ? { ...p, name: '' } : p));

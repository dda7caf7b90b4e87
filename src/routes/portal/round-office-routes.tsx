import type { ErrorCode } from '../../i18n/errors.ts';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { applicationPortal } from '../../i18n/application-portal.ts';
import { localePath } from '../../i18n/messages.ts';
import { getApplicationHeader } from '../../services/applications/application-access.ts';
import { listRoundApplications } from '../../services/applications/list-round-applications.ts';
import { recordEligibility } from '../../services/applications/record-eligibility.ts';
import { assignAssessor } from '../../services/assessments/assign-assessor.ts';
import { listAssessors } from '../../services/assessments/list-assessors.ts';
import { requireRole } from '../../services/authorize.ts';
import { getCurrentProgramme } from '../../services/programmes/get-current-programme.ts';
import { createRound } from '../../services/rounds/create-round.ts';
import { listRounds } from '../../services/rounds/list-rounds.ts';
import { openRound } from '../../services/rounds/open-round.ts';
import { parseDutchNumber } from '../../domain/reports/parse-number.ts';
import { RoundOfficePage } from '../../views/portal/selection/round-office-page.tsx';
import { RoundsOfficePage } from '../../views/portal/selection/rounds-office-page.tsx';
import { valueOf } from '../../views/portal/form-controls.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { flashOf, formErrorState, idParam, readForm, serviceContext, withFlash, type FormState } from './form-helpers.ts';
import { portalSessionOf } from './portal-session.ts';

const FLASH = ['aangemaakt', 'geopend', 'ontvankelijkheid', 'toegewezen'] as const;
const Version = z.coerce.number().int().min(1).max(2_147_483_647);

/** The office runs its rounds: plan and open them, record eligibility, assign assessors. */
export function createRoundOfficeRoutes({ db }: AppDeps): Hono {
  const router = new Hono();
  const flashText = (c: Context) => {
    const t = applicationPortal(localeOf(c));
    const key = flashOf(c, FLASH);
    return key === 'aangemaakt' ? t.roundCreated : key === 'geopend' ? t.roundOpened : key === 'ontvankelijkheid' ? t.eligibilityRecorded : key === 'toegewezen' ? t.assigned : null;
  };
  const roundsPath = (c: Context) => localePath(localeOf(c), '/portaal/bureau/rondes');

  const rounds = async (c: Context, state: FormState, status: 200 | 400 | 409 = 200) => {
    const list = await listRounds(serviceContext(c, db));
    return renderPage(c, <RoundsOfficePage portal={portalSessionOf(c)} rounds={list} flash={flashText(c)} {...state} />, status);
  };
  router.get('/bureau/rondes', (c) => rounds(c, { values: {}, problems: [] }));
  router.post('/bureau/rondes', async (c) => {
    const ctx = serviceContext(c, db);
    requireRole(ctx, 'programmabureau');
    const form = await readForm(c);
    const budget = parseDutchNumber(valueOf(form, 'budget'));
    try {
      const programme = await getCurrentProgramme(ctx);
      await createRound(ctx, {
        programmeId: programme.id, name: valueOf(form, 'naam'), opensOn: valueOf(form, 'opent'), closesOn: valueOf(form, 'sluit'),
        budget: budget.ok && budget.value !== null ? budget.value : -1,
      });
    } catch (error) {
      const state = formErrorState(form, error);
      if (!state) throw error;
      const names: Record<string, string> = { name: 'naam', opensOn: 'opent', closesOn: 'sluit', budget: 'budget' };
      const reasons: Record<string, ErrorCode> = { opent: 'dateInvalid', sluit: 'dateInvalid', budget: 'amountWholeEuros' };
      // A field Zod could not read gets the form's own wording; the order of the dates keeps the service's.
      const problems = state.problems.map((p) => {
        const name = names[p.name] ?? p.name;
        return { ...p, name, reason: p.reason === 'roundClosesBeforeOpens' ? p.reason : (reasons[name] ?? p.reason) };
      });
      return rounds(c, { ...state, message: 'roundNotSaved', problems }, state.status);
    }
    return c.redirect(withFlash(roundsPath(c), 'aangemaakt'), 303);
  });
  router.post('/bureau/rondes/:id/openen', async (c) => {
    try {
      await openRound(serviceContext(c, db), { roundId: idParam(c, 'id') });
    } catch (error) {
      const state = formErrorState({}, error);
      if (!state) throw error;
      return rounds(c, state, state.status);
    }
    return c.redirect(withFlash(roundsPath(c), 'geopend'), 303);
  });

  const round = async (c: Context, roundId: number, state: FormState, status: 200 | 400 | 409 = 200) => {
    const ctx = serviceContext(c, db);
    const [view, assessors] = await Promise.all([listRoundApplications(ctx, roundId), listAssessors(ctx)]);
    return renderPage(c, <RoundOfficePage portal={portalSessionOf(c)} round={view.round} applications={view.applications} assessors={assessors}
      flash={flashText(c)} {...state} />, status);
  };
  router.get('/bureau/rondes/:id', (c) => round(c, idParam(c, 'id'), { values: {}, problems: [] }));

  /** Runs an application's office action; a refusal shows the round again with the problems on that application's fields. */
  const onApplication = (fields: Record<string, string>, flash: string, action: (c: Context, id: number, form: Record<string, string | string[]>) => Promise<unknown>) =>
    async (c: Context) => {
      const id = idParam(c, 'id');
      const header = await getApplicationHeader(db, id);
      const form = await readForm(c);
      try {
        await action(c, id, form);
      } catch (error) {
        const state = formErrorState(form, error);
        if (!state) throw error;
        const problems = state.problems.map((p) => ({ ...p, name: fields[p.name] ? `${id}.${fields[p.name]}` : '' }));
        return round(c, header.roundId, { ...state, problems }, state.status);
      }
      return c.redirect(withFlash(localePath(localeOf(c), `/portaal/bureau/rondes/${header.roundId}`), flash) + `#acties-${id}`, 303);
    };
  router.post('/bureau/aanvragen/:id/ontvankelijkheid', onApplication({ reasons: 'redenen' }, 'ontvankelijkheid', (c, id, form) =>
    recordEligibility(serviceContext(c, db), {
      applicationId: id, version: Version.safeParse(form.version).data ?? 0,
      decision: { eligible: valueOf(form, 'ontvankelijk') === 'ja', reasons: valueOf(form, `${id}.redenen`) },
    })));
  router.post('/bureau/aanvragen/:id/beoordelaars', onApplication({ assessorUserId: 'beoordelaar', dueOn: 'uiterlijk' }, 'toegewezen', (c, id, form) =>
    assignAssessor(serviceContext(c, db), {
      applicationId: id, assessorUserId: Number(valueOf(form, `${id}.beoordelaar`)) || 0, dueOn: valueOf(form, `${id}.uiterlijk`),
    })));
  return router;
}

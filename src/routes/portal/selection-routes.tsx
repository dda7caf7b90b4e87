import type { FieldProblem } from '../../errors.ts';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../services/authorize.ts';
import { declareConflict } from '../../services/assessments/declare-conflict.ts';
import { getAssessment } from '../../services/assessments/get-assessment.ts';
import { submitScores } from '../../services/assessments/submit-scores.ts';
import { getApplicationHeader } from '../../services/applications/application-access.ts';
import { getDecisionLetter } from '../../services/decisions/get-decision-letter.ts';
import { getRanking } from '../../services/decisions/get-ranking.ts';
import { recordDecision } from '../../services/decisions/record-decision.ts';
import { selectionMessages } from '../../i18n/selection.ts';
import { localePath } from '../../i18n/messages.ts';
import { AssessmentPage } from '../../views/portal/selection/assessment-page.tsx';
import { DecisionLetterPage } from '../../views/portal/selection/decision-letter-page.tsx';
import { RankingPage } from '../../views/portal/selection/ranking-page.tsx';
import type { FormValues } from '../../views/portal/form-controls.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { flashOf, formErrorState, idParam, readForm, serviceContext, withFlash } from './form-helpers.ts';
import { portalSessionOf } from './portal-session.ts';

const FLASH = ['verklaard', 'ingediend', 'besloten'] as const;
const Version = z.coerce.number().int().min(1);
const field = (form: FormValues, name: string) => String(form[name] ?? '');

/** Assessors declare and score; the office ranks and decides; applicants and the office read decision letters. */
export function createSelectionPortalRoutes({ db, now = () => new Date() }: AppDeps): Hono {
  const router = new Hono();
  const flashText = (c: Context) => {
    const key = flashOf(c, FLASH);
    const t = selectionMessages(localeOf(c));
    return key === 'verklaard' ? t.declared : key === 'ingediend' ? t.saved : key === 'besloten' ? t.decided : null;
  };

  const assessment = async (c: Context, state: { values: FormValues; problems: FieldProblem[]; message?: string }, status: 200 | 400 | 409 = 200) => {
    const view = await getAssessment(serviceContext(c, db), idParam(c, 'id'));
    return renderPage(c, <AssessmentPage portal={portalSessionOf(c)} view={view} flash={flashText(c)} {...state} />, status);
  };
  router.get('/beoordelingen/:id', (c) => assessment(c, { values: {}, problems: [] }));
  router.post('/beoordelingen/:id/verklaring', async (c) => {
    const assignmentId = idParam(c, 'id');
    const form = await readForm(c);
    try {
      await declareConflict(serviceContext(c, db), { assignmentId, version: Version.parse(form.version), hasConflict: form.conflict === 'ja', now: now() });
    } catch (error) {
      const state = formErrorState(form, error);
      if (state) return assessment(c, state, state.status);
      throw error;
    }
    // After declining, the assessment is no longer theirs to see: back to the portal home.
    return c.redirect(form.conflict === 'ja' ? withFlash(localePath(localeOf(c), '/portaal'), 'verklaard') : withFlash(localePath(localeOf(c), `/portaal/beoordelingen/${assignmentId}`), 'verklaard'), 303);
  });
  router.post('/beoordelingen/:id/scores', async (c) => {
    const assignmentId = idParam(c, 'id');
    const form = await readForm(c);
    const ids = Object.keys(form).filter((k) => k.startsWith('score.')).map((k) => Number(k.slice(6)));
    const scores = ids.map((criterionId) => ({ criterionId, score: field(form, `score.${criterionId}`).trim() === '' ? Number.NaN : Number(field(form, `score.${criterionId}`)), motivation: field(form, `motivering.${criterionId}`) }));
    try {
      await submitScores(serviceContext(c, db), { assignmentId, version: Version.parse(form.version), scores, now: now() });
    } catch (error) {
      const state = formErrorState(form, error);
      if (state) return assessment(c, { ...state, problems: state.problems.map((p) => ({ name: scoreFieldName(p.name, ids), reason: p.reason })) }, state.status);
      throw error;
    }
    return c.redirect(withFlash(localePath(localeOf(c), `/portaal/beoordelingen/${assignmentId}`), 'ingediend'), 303);
  });

  router.get('/rondes/:id/rangschikking', async (c) => {
    const ranking = await getRanking(serviceContext(c, db), idParam(c, 'id'));
    return renderPage(c, <RankingPage portal={portalSessionOf(c)} ranking={ranking} today={now().toISOString().slice(0, 10)} flash={flashText(c)} />);
  });
  router.post('/aanvragen/:id/besluit', async (c) => {
    const applicationId = idParam(c, 'id');
    const ctx = serviceContext(c, db);
    requireRole(ctx, 'programmabureau');
    const header = await getApplicationHeader(db, applicationId);
    const form = await readForm(c);
    const get = (k: string) => field(form, `${applicationId}.${k}`);
    const amount = get('bedrag').replace(/[.\s€]/g, '');
    try {
      await recordDecision(ctx, { applicationId, version: Version.parse(form.version), decision: {
        outcome: get('uitkomst') as 'toegekend', awardedAmount: /^\d+$/.test(amount) ? Number(amount) : -1, reasons: get('motivering'), decidedOn: get('datum'),
      } });
    } catch (error) {
      const state = formErrorState(form, error);
      if (!state) throw error;
      const values = Object.fromEntries(['uitkomst', 'bedrag', 'motivering', 'datum'].map((k) => [k, get(k)]));
      const problems = state.problems.map((p) => ({ name: DECISION_FIELDS[p.name] ?? p.name, reason: p.reason }));
      const ranking = await getRanking(ctx, header.roundId);
      return renderPage(c, <RankingPage portal={portalSessionOf(c)} ranking={ranking} today={get('datum')} flash={null}
        failed={{ applicationId, values, problems, message: state.message }} />, state.status);
    }
    return c.redirect(withFlash(localePath(localeOf(c), `/portaal/rondes/${header.roundId}/rangschikking`), 'besloten'), 303);
  });
  router.get('/aanvragen/:id/besluitbrief', async (c) => {
    const letter = await getDecisionLetter(serviceContext(c, db), idParam(c, 'id'));
    return renderPage(c, <DecisionLetterPage portal={portalSessionOf(c)} letter={letter} />);
  });
  return router;
}

// Service field names to the form's names.
const DECISION_FIELDS: Record<string, string> = { bedrag: 'bedrag', motivering: 'motivering', awardedAmount: 'bedrag', decidedOn: 'datum', outcome: 'uitkomst', reasons: 'motivering' };

/** A problem on the scores array (`0.score`) or a criterion (`score.3`) as the form field it belongs to. */
function scoreFieldName(name: string, ids: number[]): string {
  const m = /^(\d+)\.(score|motivation)$/.exec(name);
  if (!m) return name;
  const id = ids[Number(m[1])];
  return m[2] === 'score' ? `score.${id}` : `motivering.${id}`;
}

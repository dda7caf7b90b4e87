import type { Context, Hono } from 'hono';
import { budgetTotals } from '../../domain/budget/budget-totals.ts';
import { Invalid, RulesFailed } from '../../errors.ts';
import { CHANGE_RULE } from '../../services/budget/check-budget-rules.ts';
import { listChangeRequests } from '../../services/budget/list-change-requests.ts';
import { submitChangeRequest } from '../../services/budget/submit-change-request.ts';
import { valueOf } from '../../views/portal/form-controls.tsx';
import { changeRequestView } from './change-request-view.ts';
import { FLASH_KEYS } from '../../i18n/portal-common.ts';
import { getBudgetGrid } from '../../services/consortia/get-budget-grid.ts';
import { getTargets } from '../../services/consortia/get-targets.ts';
import { updateTargets } from '../../services/consortia/update-targets.ts';
import { upsertBudgetLines } from '../../services/consortia/upsert-budget-lines.ts';
import { BudgetPage } from '../../views/portal/budget-page.tsx';
import { paths } from '../../views/portal/portal-paths.ts';
import { TargetsPage } from '../../views/portal/targets-page.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { csrfOf, flashOf, formErrorState, idParam, readForm, serviceContext, withFlash, type FormState } from './form-helpers.ts';
import { budgetValues, parseBudgetForm, parseTargetForm, targetValues } from './grid-forms.ts';
import { portalSessionOf } from './portal-session.ts';

/** The budget grid and the targets table: multi-row forms saved all or nothing. */
export function registerBudgetRoutes(router: Hono, { db }: AppDeps) {
  const renderBudget = async (c: Context, consortiumId: number, state: (FormState & { offerChange?: boolean }) | null, status: 200 | 400 | 409 = 200) => {
    const ctx = serviceContext(c, db);
    const grid = await getBudgetGrid(ctx, { consortiumId });
    const requests = await listChangeRequests(ctx, { consortiumId });
    const totals = budgetTotals(grid.cells.map((x) => ({ actionLineId: x.actionLineId, year: x.year, source: x.source, amount: x.plannedAmount })));
    return renderPage(c, <BudgetPage portal={portalSessionOf(c)} locale={localeOf(c)} consortiumId={consortiumId} consortiumName={grid.consortiumName} csrfToken={csrfOf(c)} years={grid.years}
      sources={grid.sources} actionLines={grid.actionLines} lockedYears={grid.lockedYears} values={state?.values ?? budgetValues(grid, localeOf(c))}
      problems={state?.problems ?? []} message={state?.message} messageValues={state?.messageValues} flash={flashOf(c, FLASH_KEYS)} totals={totals} offerChangeRequest={state?.offerChange}
      requests={requests.map((r) => changeRequestView(r, grid.actionLines))} />, status);
  };
  const renderTargets = async (c: Context, consortiumId: number, state: FormState | null, status: 200 | 400 | 409 = 200) => {
    const targets = await getTargets(serviceContext(c, db), { consortiumId });
    return renderPage(c, <TargetsPage portal={portalSessionOf(c)} locale={localeOf(c)} consortiumId={consortiumId} consortiumName={targets.consortiumName} csrfToken={csrfOf(c)}
      indicators={targets.rows.map((r) => ({ id: r.indicatorId, name: r.indicatorName, unit: r.unit }))} values={state?.values ?? targetValues(targets)}
      problems={state?.problems ?? []} message={state?.message} messageValues={state?.messageValues} flash={flashOf(c, FLASH_KEYS)} />, status);
  };

  router.get('/consortia/:id/begroting', (c) => renderBudget(c, idParam(c, 'id'), null));
  router.post('/consortia/:id/begroting', async (c) => {
    const consortiumId = idParam(c, 'id');
    const form = await readForm(c);
    const { lines, problems } = parseBudgetForm(form);
    try {
      if (problems.length) throw new Invalid('budgetNotSaved', problems);
      if (valueOf(form, 'actie') === 'wijzigingsverzoek') {
        await submitChangeRequest(serviceContext(c, db), { consortiumId, lines, motivation: valueOf(form, 'motivering') });
        return c.redirect(withFlash(paths.budget(consortiumId), 'verzoek_ingediend'), 303);
      }
      await upsertBudgetLines(serviceContext(c, db), { consortiumId, lines });
    } catch (error) {
      const state = formErrorState(form, error);
      if (!state) throw error;
      // Only the change threshold failed: the same input can go to the office as a change request.
      const offerChange = (error instanceof RulesFailed && error.outcomes.every((o) => o.rule === CHANGE_RULE)) || valueOf(form, 'actie') === 'wijzigingsverzoek';
      return renderBudget(c, consortiumId, { ...state, offerChange }, state.status);
    }
    return c.redirect(withFlash(paths.budget(consortiumId), 'opgeslagen'), 303);
  });

  router.get('/consortia/:id/doelen', (c) => renderTargets(c, idParam(c, 'id'), null));
  router.post('/consortia/:id/doelen', async (c) => {
    const consortiumId = idParam(c, 'id');
    const form = await readForm(c);
    const { targets, problems } = parseTargetForm(form);
    try {
      if (problems.length) throw new Invalid('targetsNotSaved', problems);
      await updateTargets(serviceContext(c, db), { consortiumId, targets });
    } catch (error) {
      const state = formErrorState(form, error);
      if (state) return renderTargets(c, consortiumId, state, state.status);
      throw error;
    }
    return c.redirect(withFlash(paths.targets(consortiumId), 'opgeslagen'), 303);
  });
}

import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { Invalid } from '../../errors.ts';
import { FLASH_KEYS } from '../../i18n/portal-common.ts';
import { requireRole } from '../../services/authorize.ts';
import { decideChangeRequest } from '../../services/budget/decide-change-request.ts';
import { listChangeRequests } from '../../services/budget/list-change-requests.ts';
import { getBudgetGrid } from '../../services/consortia/get-budget-grid.ts';
import { listActionLineCodes } from '../../services/action-lines/list-action-line-codes.ts';
import { changeRequestPaths, OfficeChangeRequestsPage, type OfficeChangeRequestsProps } from '../../views/portal/change-requests-office-page.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { changeRequestView } from './change-request-view.ts';
import { csrfOf, flashOf, formErrorState, idParam, readForm, serviceContext, withFlash } from './form-helpers.ts';
import { portalSessionOf } from './portal-session.ts';

const Decision = z.object({ version: z.coerce.number().int().min(1).max(2_147_483_647), besluit: z.enum(['goedgekeurd', 'afgewezen']), toelichting: z.string().max(5000).default('') });

/** The office decides on change requests; mount under /portaal. */
export function createChangeRequestRoutes({ db }: AppDeps): Hono {
  const router = new Hono();
  const render = async (c: Context, failed: OfficeChangeRequestsProps['failed'], status: 200 | 400 | 409 = 200) => {
    const ctx = serviceContext(c, db);
    requireRole(ctx, 'programmabureau');
    const [rows, lines] = await Promise.all([listChangeRequests(ctx), listActionLineCodes(ctx)]);
    // Pending first, then decided, each newest first.
    const pending = rows.filter((r) => r.status === 'ingediend');
    const ordered = [...pending, ...rows.filter((r) => r.status !== 'ingediend')];
    // The office decides seeing each pending cell's planned amount now beside the proposed one.
    const planned = new Map<number, Map<string, number>>();
    for (const consortiumId of new Set(pending.map((r) => r.consortiumId))) {
      const grid = await getBudgetGrid(ctx, { consortiumId });
      planned.set(consortiumId, new Map(grid.cells.map((x) => [`${x.actionLineId}|${x.year}|${x.source}`, x.plannedAmount])));
    }
    return renderPage(c, <OfficeChangeRequestsPage portal={portalSessionOf(c)} locale={localeOf(c)} csrfToken={csrfOf(c)} flash={flashOf(c, FLASH_KEYS)} failed={failed}
      requests={ordered.map((r) => ({ ...changeRequestView(r, lines, r.status === 'ingediend' ? planned.get(r.consortiumId) : undefined), version: r.version }))} />, status);
  };
  router.get('/bureau/wijzigingsverzoeken', (c) => render(c, null));
  router.post('/bureau/wijzigingsverzoeken/:id/besluit', async (c) => {
    const id = idParam(c, 'id');
    requireRole(serviceContext(c, db), 'programmabureau');
    const form = await readForm(c);
    try {
      const parsed = Decision.safeParse(form);
      if (!parsed.success) throw new Invalid('decisionChoose');
      await decideChangeRequest(serviceContext(c, db), { id, version: parsed.data.version, outcome: parsed.data.besluit, note: parsed.data.toelichting });
    } catch (error) {
      const state = formErrorState(form, error);
      if (!state) throw error;
      return render(c, { id, values: state.values, problems: state.problems, message: state.message }, state.status);
    }
    return c.redirect(withFlash(changeRequestPaths.office(), 'besluit_vastgelegd'), 303);
  });
  return router;
}

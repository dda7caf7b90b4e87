import { requireReviewer } from '../../services/reports/report-access.ts';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { Invalid } from '../../errors.ts';
import { FLASH_KEYS } from '../../i18n/portal-common.ts';
import { hasRole } from '../../services/authorize.ts';
import { Version } from '../../services/consortia/consortium-codes.ts';
import { getProgressOverview } from '../../services/progress/get-progress-overview.ts';
import { approveReport } from '../../services/reports/approve-report.ts';
import { commentOnReport } from '../../services/reports/comment-on-report.ts';
import { getReport } from '../../services/reports/get-report.ts';
import { getReviewComparison } from '../../services/reports/get-review-comparison.ts';
import { listReportStatus } from '../../services/reports/list-report-status.ts';
import { returnReport } from '../../services/reports/return-report.ts';
import { OfficeReviewPage } from '../../views/portal/office-review-page.tsx';
import { OfficeStatusPage } from '../../views/portal/office-status-page.tsx';
import { paths } from '../../views/portal/portal-paths.ts';
import { ProgressPage } from '../../views/portal/progress-page.tsx';
import type { AppDeps } from '../deps.ts';
import { deliverMailsAfter } from '../deliver-mails-after.ts';
import { mailBaseUrl } from '../middleware/cookies.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { csrfOf, flashOf, formErrorState, idParam, readForm, serviceContext, withFlash, type FormState } from './form-helpers.ts';
import { portalSessionOf } from './portal-session.ts';

const Period = z.object({ periode: z.coerce.number().int().min(2000).max(2100).optional() });
const Review = z.object({ version: Version, note: z.string().default('') });

/**
 * The programme office's pages; mount under /portaal.
 * /bureau/rapportages (?periode=), /bureau/rapportages/:reportId (review; POST /goedkeuren, /terugsturen, /opmerkingen), /bureau/voortgang.
 */
export function createOfficePortalRoutes({ db, config, logger }: AppDeps): Hono {
  const baseUrl = mailBaseUrl(config);
  const router = new Hono();
  const renderReview = async (c: Context, reportId: number, state: FormState | null, status: 200 | 400 | 409 = 200) => {
    const report = await getReport(serviceContext(c, db), { reportId });
    if (!hasRole(c.get('actor') ?? null, 'programmabureau')) return c.redirect(paths.report(reportId), 303);
    const comparison = await getReviewComparison(serviceContext(c, db), { reportId });
    return renderPage(c, <OfficeReviewPage portal={portalSessionOf(c)} locale={localeOf(c)} report={report} comparison={comparison} csrfToken={csrfOf(c)} values={state?.values ?? {}} problems={state?.problems ?? []}
      message={state?.message} messageValues={state?.messageValues} flash={flashOf(c, FLASH_KEYS)} />, status);
  };
  /** POST → service → redirect with a message, or the review page again with the input and the problem. */
  const act = (run: (c: Context, reportId: number, form: Record<string, unknown>) => Promise<unknown>, flash: string) => async (c: Context) => {
    const reportId = idParam(c, 'reportId');
    // Only the office reviews; checked before the form is read, so nobody else sees review errors.
    requireReviewer(serviceContext(c, db));
    const form = await readForm(c);
    try {
      await run(c, reportId, form);
    } catch (error) {
      const state = formErrorState(form, error);
      if (state) return renderReview(c, reportId, state, state.status);
      throw error;
    }
    await deliverMailsAfter({ db, config, logger });
    return c.redirect(withFlash(paths.officeReview(reportId), flash), 303);
  };
  const review = (form: Record<string, unknown>) => {
    const parsed = Review.safeParse(form);
    if (!parsed.success) throw new Invalid('versionMissing');
    return parsed.data;
  };

  router.get('/bureau/rapportages', async (c) => {
    const parsed = Period.safeParse(c.req.query());
    const overview = await listReportStatus(serviceContext(c, db), { periodYear: parsed.success ? parsed.data.periode : undefined });
    return renderPage(c, <OfficeStatusPage portal={portalSessionOf(c)} locale={localeOf(c)} overview={overview} flash={flashOf(c, FLASH_KEYS)} />);
  });
  router.get('/bureau/rapportages/:reportId', (c) => renderReview(c, idParam(c, 'reportId'), null));
  router.post('/bureau/rapportages/:reportId/goedkeuren', act((c, reportId, form) => approveReport(serviceContext(c, db), { reportId, version: review(form).version, baseUrl }), 'goedgekeurd'));
  router.post('/bureau/rapportages/:reportId/terugsturen', act((c, reportId, form) => returnReport(serviceContext(c, db), { reportId, ...review(form), baseUrl }), 'teruggestuurd'));
  router.post('/bureau/rapportages/:reportId/opmerkingen', act((c, reportId, form) => commentOnReport(serviceContext(c, db), { reportId, body: typeof form.body === 'string' ? form.body : '', baseUrl }), 'geplaatst'));
  router.get('/bureau/voortgang', async (c) => renderPage(c, <ProgressPage portal={portalSessionOf(c)} locale={localeOf(c)} overview={await getProgressOverview(serviceContext(c, db))} />));
  return router;
}

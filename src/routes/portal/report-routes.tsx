import type { Context } from 'hono';
import { getReportHeader } from '../../services/reports/get-report-header.ts';
import { requireReportAuthor } from '../../services/reports/report-access.ts';
import { Hono } from 'hono';
import { z } from 'zod';
import { FUNDING_SOURCES } from '../../domain/enums.ts';
import { Invalid } from '../../errors.ts';
import { FLASH_KEYS } from '../../i18n/portal-common.ts';
import { coordinatedConsortia } from '../../services/authorize.ts';
import { Version } from '../../services/consortia/consortium-codes.ts';
import { commentOnReport } from '../../services/reports/comment-on-report.ts';
import { createReport } from '../../services/reports/create-report.ts';
import { getReport } from '../../services/reports/get-report.ts';
import { listConsortiumReports } from '../../services/reports/list-consortium-reports.ts';
import { saveReport } from '../../services/reports/save-report.ts';
import { submitReport } from '../../services/reports/submit-report.ts';
import { paths } from '../../views/portal/portal-paths.ts';
import { ReportFormPage } from '../../views/portal/report-form-page.tsx';
import { ReportListPage } from '../../views/portal/report-list-page.tsx';
import type { AppDeps } from '../deps.ts';
import { deliverMailsAfter } from '../deliver-mails-after.ts';
import { mailBaseUrl } from '../middleware/cookies.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { csrfOf, flashOf, formErrorState, idParam, readForm, serviceContext, withFlash, type FormState } from './form-helpers.ts';
import { parseReportForm, reportValues } from './report-forms.ts';
import { portalSessionOf } from './portal-session.ts';

const StartReport = z.object({ periodYear: z.coerce.number().int().min(2000).max(2100) });
const SaveAction = z.object({ version: Version, actie: z.enum(['opslaan', 'indienen']).default('opslaan') });

const isAuthorOf = (c: Context, consortiumId: number) => coordinatedConsortia(c.get('actor') ?? null).includes(consortiumId);

/**
 * The coordinator's progress reports; mount under /portaal.
 * /consortia/:id/rapportages (list, POST starts a period), /rapportages/:reportId (form; POST saves, actie=indienen submits),
 * /rapportages/:reportId/opmerkingen (POST comment).
 */
export function createReportPortalRoutes({ db, config, logger }: AppDeps): Hono {
  const baseUrl = mailBaseUrl(config);
  const router = new Hono();
  const renderList = async (c: Context, consortiumId: number, refusal?: Pick<FormState, 'message' | 'messageValues'>, status: 200 | 400 | 409 = 200) => {
    const reports = await listConsortiumReports(serviceContext(c, db), { consortiumId });
    return renderPage(c, <ReportListPage portal={portalSessionOf(c)} locale={localeOf(c)} reports={reports} canStart={isAuthorOf(c, consortiumId)} csrfToken={csrfOf(c)} message={refusal?.message} messageValues={refusal?.messageValues} flash={flashOf(c, FLASH_KEYS)} />, status);
  };
  const renderForm = async (c: Context, reportId: number, state: FormState | null, comment: FormState | null, status: 200 | 400 | 409 = 200) => {
    const report = await getReport(serviceContext(c, db), { reportId });
    if (!isAuthorOf(c, report.consortiumId)) return c.redirect(paths.officeReview(reportId), 303);
    return renderPage(c, <ReportFormPage portal={portalSessionOf(c)} locale={localeOf(c)} report={report} sources={FUNDING_SOURCES} csrfToken={csrfOf(c)}
      values={state?.values ?? reportValues(report.contents, report.version)} problems={state?.problems ?? []} message={state?.message ?? comment?.message} messageValues={state?.messageValues ?? comment?.messageValues}
      comment={{ values: comment?.values ?? {}, problems: comment?.problems ?? [] }} flash={flashOf(c, FLASH_KEYS)} />, status);
  };

  router.get('/consortia/:id/rapportages', (c) => renderList(c, idParam(c, 'id')));
  router.post('/consortia/:id/rapportages', async (c) => {
    const consortiumId = idParam(c, 'id');
    // Authorization before validation: a refused visitor learns nothing from the form's error messages.
    requireReportAuthor(serviceContext(c, db), consortiumId);
    const parsed = StartReport.safeParse(await readForm(c));
    try {
      if (!parsed.success) throw new Invalid('periodMissing');
      const { id } = await createReport(serviceContext(c, db), { consortiumId, periodYear: parsed.data.periodYear });
      return c.redirect(withFlash(paths.report(id), 'gestart'), 303);
    } catch (error) {
      const state = formErrorState({}, error);
      if (state) return renderList(c, consortiumId, state, state.status);
      throw error;
    }
  });

  router.get('/rapportages/:reportId', (c) => renderForm(c, idParam(c, 'reportId'), null, null));
  router.post('/rapportages/:reportId', async (c) => {
    const reportId = idParam(c, 'reportId');
    const ctx = serviceContext(c, db);
    requireReportAuthor(ctx, (await getReportHeader(db, reportId)).consortiumId);
    const form = await readForm(c);
    const action = SaveAction.safeParse(form);
    const { contents, problems } = parseReportForm(form);
    let saved = false;
    try {
      if (!action.success) throw new Invalid('versionMissing');
      if (problems.length) throw new Invalid('reportNotSaved', problems);
      const { version } = await saveReport(ctx, { reportId, version: action.data.version, ...contents });
      saved = true;
      if (action.data.actie === 'indienen') await submitReport(ctx, { reportId, version, baseUrl });
    } catch (error) {
      const state = formErrorState(form, error);
      if (!state) throw error;
      // Saved but not yet complete: show the saved input with what is missing, on the new version.
      const { version: _stale, ...input } = form;
      if (saved) return renderForm(c, reportId, { ...state, values: input, message: 'reportSavedNotSubmitted', messageValues: {} }, null, state.status);
      return renderForm(c, reportId, state, null, state.status);
    }
    if (action.data.actie === 'indienen') await deliverMailsAfter({ db, config, logger });
    return c.redirect(withFlash(paths.report(reportId), action.data.actie === 'indienen' ? 'ingediend' : 'opgeslagen'), 303);
  });

  router.post('/rapportages/:reportId/opmerkingen', async (c) => {
    const reportId = idParam(c, 'reportId');
    const form = await readForm(c);
    try {
      await commentOnReport(serviceContext(c, db), { reportId, body: typeof form.body === 'string' ? form.body : '', baseUrl });
    } catch (error) {
      const state = formErrorState(form, error);
      if (state) return renderForm(c, reportId, null, state, state.status);
      throw error;
    }
    await deliverMailsAfter({ db, config, logger });
    return c.redirect(`${withFlash(paths.report(reportId), 'geplaatst')}#opmerkingen-titel`, 303);
  });
  return router;
}

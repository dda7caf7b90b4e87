import type { ErrorValues, FieldProblem } from '../../errors.ts';
import type { Locale } from '../../domain/format.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { reportPortal } from '../../i18n/report-portal.ts';
import type { ReportView } from '../../services/reports/get-report.ts';
import { CsrfField, ErrorSummary, SubmitButton, TextAreaField, type FormValues } from './form-controls.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { paths } from './portal-paths.ts';
import { ReportComments } from './report-comments.tsx';
import { ReportReadonly } from './report-readonly.tsx';
import { ReviewComparison } from './review-comparison.tsx';
import type { ComparisonRow } from '../../services/reports/get-review-comparison.ts';

export type OfficeReviewPageProps = {
  locale: Locale; report: ReportView; csrfToken: string; comparison: ComparisonRow[];
  /** Input of the return form or the comment form after an error. */
  values: FormValues; problems: FieldProblem[]; message?: string; messageValues?: ErrorValues | undefined; flash?: FlashKey | null;
};

/** The office opens a report, comments, and approves it or returns it with a note. */
export function OfficeReviewPage(p: OfficeReviewPageProps & PortalProps) {
  const t = reportPortal(p.locale);
  const c = portalCommon(p.locale);
  const r = p.report;
  const title = t.reviewTitle(r.periodYear, r.consortiumName);
  return (
    <PortalPage portal={p.portal} title={title} flash={p.flash}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={paths.officeReports(r.periodYear)}>{c.back}</a></p>
      <ErrorSummary title={c.errorSummaryTitle} message={p.message} messageValues={p.messageValues} problems={p.problems} />
      <p class="utrecht-paragraph"><strong>{t.statusLine(c.statuses[r.status] ?? r.status)}</strong></p>
      {r.reviewNote ? <div class="pps-note"><p class="utrecht-paragraph"><strong>{t.returnedNote}</strong> {r.reviewNote}</p></div> : null}
      <ReviewComparison locale={p.locale} periodYear={r.periodYear} rows={p.comparison} />
      <ReportReadonly locale={p.locale} report={r} />
      {r.status === 'ingediend' ? (
        <>
          <h2 class="utrecht-heading-2">{t.approveTitle}</h2>
          <p class="utrecht-paragraph">{t.approveIntro}</p>
          <form method="post" action={paths.officeApprove(r.id)}>
            <CsrfField token={p.csrfToken} />
            <input type="hidden" name="version" value={String(r.version)} />
            <div class="pps-actions"><SubmitButton>{t.approve}</SubmitButton></div>
          </form>
          <h2 class="utrecht-heading-2">{t.returnTitle}</h2>
          <p class="utrecht-paragraph">{t.returnIntro}</p>
          <form class="pps-form" method="post" action={paths.officeReturn(r.id)} novalidate>
            <CsrfField token={p.csrfToken} />
            <input type="hidden" name="version" value={String(r.version)} />
            <TextAreaField name="note" label={t.returnNoteLabel} values={p.values} problems={p.problems} rows={4} />
            <div class="pps-actions"><SubmitButton secondary>{t.returnAction}</SubmitButton></div>
          </form>
        </>
      ) : null}
      <ReportComments locale={p.locale} comments={r.comments} action={paths.officeComment(r.id)} csrfToken={p.csrfToken} values={p.values} problems={p.problems} />
    </PortalPage>
  );
}

import type { ErrorValues, FieldProblem } from '../../errors.ts';
import type { Locale } from '../../domain/format.ts';
import { narrativeField } from '../../domain/reports/report-fields.ts';
import { isEditable } from '../../domain/reports/report-workflow.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { reportPortal } from '../../i18n/report-portal.ts';
import type { ReportView } from '../../services/reports/get-report.ts';
import { ConsortiumNav } from './consortium-nav.tsx';
import { CsrfField, ErrorSummary, SubmitButton, TextAreaField, type FormValues } from './form-controls.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { paths } from './portal-paths.ts';
import { ReportComments } from './report-comments.tsx';
import { ReportReadonly } from './report-readonly.tsx';
import { ReportRealisationTable } from './report-realisation-table.tsx';
import { ReportValuesFields } from './report-values-fields.tsx';

export type ReportFormPageProps = {
  locale: Locale; report: ReportView; sources: readonly string[]; csrfToken: string;
  values: FormValues; problems: FieldProblem[]; message?: string; messageValues?: ErrorValues | undefined;
  comment: { values: FormValues; problems: FieldProblem[] }; flash?: FlashKey | null;
};

/** The coordinator's report: a form while concept or returned, read-only once submitted or approved. */
export function ReportFormPage(p: ReportFormPageProps & PortalProps) {
  const t = reportPortal(p.locale);
  const c = portalCommon(p.locale);
  const r = p.report;
  const title = t.formTitle(r.periodYear, r.consortiumName);
  const editable = isEditable(r.status);
  return (
    <PortalPage portal={p.portal} title={title} flash={p.flash}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ConsortiumNav locale={p.locale} consortiumId={r.consortiumId} current="reports" />
      <ErrorSummary title={c.errorSummaryTitle} message={p.message} messageValues={p.messageValues} problems={[...p.problems, ...p.comment.problems]} />
      <p class="utrecht-paragraph"><strong>{t.statusLine(c.statuses[r.status] ?? r.status)}</strong></p>
      {r.reviewNote && r.status !== 'goedgekeurd' ? <div class="pps-note"><p class="utrecht-paragraph"><strong>{t.returnedNote}</strong> {r.reviewNote}</p></div> : null}
      {r.status === 'goedgekeurd' ? <p class="utrecht-paragraph pps-note">{t.lockedNote}</p> : null}
      {r.status === 'ingediend' ? <p class="utrecht-paragraph pps-note">{t.submittedNote}</p> : null}
      {editable ? (
        <>
          <form class="pps-form pps-form--wide" method="post" action={paths.report(r.id)} novalidate>
            <CsrfField token={p.csrfToken} />
            <input type="hidden" name="version" value={String(p.values.version ?? r.version)} />
            <h2 class="utrecht-heading-2">{t.indicatorsTitle}</h2>
            <p class="utrecht-paragraph">{t.indicatorsIntro}</p>
            <ReportValuesFields locale={p.locale} indicators={r.indicators} values={p.values} problems={p.problems} />
            <h2 class="utrecht-heading-2">{t.budgetTitle}</h2>
            <p class="utrecht-paragraph">{t.budgetIntro(r.periodYear)}</p>
            <ReportRealisationTable locale={p.locale} actionLines={r.actionLines} sources={p.sources} planned={r.planned} values={p.values} problems={p.problems} />
            <h2 class="utrecht-heading-2">{t.narrativesTitle}</h2>
            {r.actionLines.map((line) => (
              <TextAreaField name={narrativeField(line.id)} label={`${line.code} ${p.locale === 'nl' ? line.nameNl : line.nameEn}`} values={p.values} problems={p.problems} />
            ))}
            <div class="pps-actions"><SubmitButton secondary>{t.saveDraft}</SubmitButton></div>
            <h2 class="utrecht-heading-2">{t.submitTitle}</h2>
            <p class="utrecht-paragraph">{t.submitIntro}</p>
            <div class="pps-actions"><SubmitButton name="actie" value="indienen">{t.submit}</SubmitButton></div>
          </form>
        </>
      ) : <ReportReadonly locale={p.locale} report={r} />}
      <ReportComments locale={p.locale} comments={r.comments} action={paths.reportComment(r.id)} csrfToken={p.csrfToken} values={p.comment.values} problems={p.comment.problems} />
    </PortalPage>
  );
}

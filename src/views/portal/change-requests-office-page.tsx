import type { FieldProblem } from '../../errors.ts';
import { formatDateTime, type Locale } from '../../domain/format.ts';
import { budgetChanges } from '../../i18n/budget-changes.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { ChangedCells, type ChangeRequestView } from './change-request-list.tsx';
import { CsrfField, ErrorSummary, SubmitButton, TextAreaField, type FormValues } from './form-controls.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';

export const changeRequestPaths = {
  office: () => '/portaal/bureau/wijzigingsverzoeken',
  decide: (id: number) => `/portaal/bureau/wijzigingsverzoeken/${id}/besluit`,
};

export type OfficeChangeRequestsProps = {
  locale: Locale; csrfToken: string; requests: (ChangeRequestView & { version: number })[];
  /** The request whose decision was refused, with the input to show again. */
  failed?: { id: number; values: FormValues; problems: FieldProblem[]; message?: string } | null;
  flash?: FlashKey | null;
};

/** The office's list of change requests; each pending one with its decision form (approve, or refuse with a reason). */
export function OfficeChangeRequestsPage(p: OfficeChangeRequestsProps & PortalProps) {
  const t = budgetChanges(p.locale);
  const c = portalCommon(p.locale);
  return (
    <PortalPage portal={p.portal} title={t.officeTitle} flash={p.flash}>
      <h1 class="utrecht-heading-1">{t.officeTitle}</h1>
      {p.failed ? <ErrorSummary title={c.errorSummaryTitle} message={p.failed.message} problems={p.failed.problems} /> : null}
      <p class="utrecht-paragraph">{t.officeIntro}</p>
      {p.requests.length === 0 ? <p class="utrecht-paragraph">{t.requestsNone}</p> : p.requests.map((r) => (
        <article class="pps-card" aria-labelledby={`verzoek-${r.id}`}>
          <h2 class="utrecht-heading-3" id={`verzoek-${r.id}`}>{r.consortiumName} · {formatDateTime(r.submittedAt, p.locale)} · {t.statuses[r.status] ?? r.status}</h2>
          <ChangedCells locale={p.locale} cells={r.cells} />
          <p class="utrecht-paragraph"><strong>{t.colMotivation}:</strong> {r.motivation}</p>
          {r.decisionNote ? <p class="utrecht-paragraph"><strong>{t.colDecision}:</strong> {r.decisionNote}</p> : null}
          {r.status === 'ingediend' ? (
            <form method="post" action={changeRequestPaths.decide(r.id)} novalidate>
              <CsrfField token={p.csrfToken} />
              <input type="hidden" name="version" value={String(r.version)} />
              <TextAreaField name="toelichting" label={t.decisionNote} hint={t.decisionNoteHint} rows={3}
                values={p.failed?.id === r.id ? p.failed.values : {}} problems={p.failed?.id === r.id ? p.failed.problems : []} />
              <div class="pps-actions">
                <SubmitButton name="besluit" value="goedgekeurd">{t.approve}</SubmitButton>
                <SubmitButton name="besluit" value="afgewezen" secondary>{t.refuse}</SubmitButton>
              </div>
            </form>
          ) : null}
        </article>
      ))}
    </PortalPage>
  );
}

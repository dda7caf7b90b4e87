import type { ErrorValues, FieldProblem } from '../../errors.ts';
import type { BudgetTotals } from '../../domain/budget/budget-totals.ts';
import { formatNumber, type Locale } from '../../domain/format.ts';
import { budgetField, budgetVersionField } from '../../domain/consortia/grid-fields.ts';
import { budgetChanges } from '../../i18n/budget-changes.ts';
import { consortiumPortal } from '../../i18n/consortium-portal.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { BudgetTotalsTable } from './budget-totals-table.tsx';
import { ChangeRequestList, type ChangeRequestView } from './change-request-list.tsx';
import { ConsortiumNav } from './consortium-nav.tsx';
import { CellInput, CsrfField, ErrorSummary, SubmitButton, TextAreaField, valueOf, type FormValues } from './form-controls.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { paths } from './portal-paths.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

export type BudgetPageProps = {
  locale: Locale; consortiumId: number; consortiumName: string; csrfToken: string;
  years: number[]; sources: readonly string[]; actionLines: { id: number; code: string; nameNl: string; nameEn: string }[]; lockedYears: number[];
  values: FormValues; problems: FieldProblem[]; message?: string; messageValues?: ErrorValues | undefined; flash?: FlashKey | null;
  /** Totals of the stored budget. */
  totals: BudgetTotals;
  /** The save went beyond the change threshold only: offer to submit it as a change request. */
  offerChangeRequest?: boolean;
  requests: ChangeRequestView[];
};

/** One table per action line: sources down, years across, totals at the end of each row and column; the versions travel in hidden fields. */
export function BudgetPage(p: BudgetPageProps & PortalProps) {
  const t = consortiumPortal(p.locale);
  const b = budgetChanges(p.locale);
  const c = portalCommon(p.locale);
  const title = t.budgetTitle(p.consortiumName);
  const n = (v: number | undefined) => formatNumber(v ?? 0, p.locale);
  return (
    <PortalPage portal={p.portal} title={title} flash={p.flash}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ConsortiumNav locale={p.locale} consortiumId={p.consortiumId} current="budget" />
      <ErrorSummary title={p.offerChangeRequest ? b.refusedTitle : c.errorSummaryTitle} message={p.message} messageValues={p.messageValues} problems={p.problems} />
      <p class="utrecht-paragraph">{t.budgetIntro}</p>
      {p.lockedYears.length ? <p class="utrecht-paragraph pps-note">{t.budgetLocked(p.lockedYears.join(', '))}</p> : null}
      <form method="post" action={paths.budget(p.consortiumId)} novalidate>
        <CsrfField token={p.csrfToken} />
        {p.actionLines.map((line) => {
          const lineName = `${line.code} ${p.locale === 'nl' ? line.nameNl : line.nameEn}`;
          const totals = p.totals.lines[line.id];
          return (
            <Table locale={p.locale} caption={t.budgetCaption(lineName)}>
                <THead><Tr>
                  <Th>{t.colSource}</Th>
                  {p.years.map((y) => <Th numeric>{y} {p.lockedYears.includes(y) ? t.locked : ''}</Th>)}
                  <Th numeric>{b.colTotal}</Th>
                </Tr></THead>
                <TBody>
                  {p.sources.map((source) => (
                    <Tr>
                      <Th row>{c.sources[source] ?? source}</Th>
                      {p.years.map((year) => (
                        <Td numeric>
                          <CellInput name={budgetField(line.id, year, source)} label={t.cellLabel(lineName, c.sources[source] ?? source, year)} values={p.values} problems={p.problems} disabled={p.lockedYears.includes(year)} />
                          <input type="hidden" name={budgetVersionField(line.id, year, source)} value={valueOf(p.values, budgetVersionField(line.id, year, source))} />
                        </Td>
                      ))}
                      <Td numeric>{n(totals?.bySource[source])}</Td>
                    </Tr>
                  ))}
                  <Tr class="pps-total-row">
                    <Th row>{b.rowTotal}</Th>
                    {p.years.map((y) => <Td numeric>{n(totals?.byYear[y])}</Td>)}
                    <Td numeric><strong>{n(totals?.total)}</strong></Td>
                  </Tr>
                </TBody>
              </Table>
          );
        })}
        {p.offerChangeRequest ? (
          <div class="pps-change-request">
            <p class="utrecht-paragraph">{b.changeNeeded}</p>
            <TextAreaField name="motivering" label={b.motivation} hint={b.motivationHint} values={p.values} problems={p.problems} required />
            <div class="pps-actions"><SubmitButton name="actie" value="wijzigingsverzoek">{b.submitRequest}</SubmitButton></div>
          </div>
        ) : <div class="pps-actions"><SubmitButton>{c.save}</SubmitButton></div>}
      </form>
      <BudgetTotalsTable locale={p.locale} totals={p.totals} years={p.years} sources={p.sources} />
      <ChangeRequestList locale={p.locale} requests={p.requests} />
    </PortalPage>
  );
}

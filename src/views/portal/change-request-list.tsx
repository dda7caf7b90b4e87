import { formatDateTime, formatNumber, type Locale } from '../../domain/format.ts';
import { budgetChanges } from '../../i18n/budget-changes.ts';
import { portalCommon } from '../../i18n/portal-common.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

export type ChangeRequestView = {
  id: number; consortiumName: string; status: string; motivation: string; submittedAt: Date; decisionNote: string;
  cells: { line: string; year: number; source: string; amount: number; from?: number }[];
};

/** The proposed cells of a request, one per line: "AL2 2025 Bedrijfsleven: 450.000". */
export function ChangedCells({ locale, cells }: { locale: Locale; cells: ChangeRequestView['cells'] }) {
  const t = budgetChanges(locale);
  const c = portalCommon(locale);
  return (
    <ul class="utrecht-unordered-list pps-compact-list">
      {cells.map((x) => <li class="utrecht-unordered-list__item">{t.cellChange(x.line, x.year, c.sources[x.source] ?? x.source, x.from === undefined ? formatNumber(x.amount, locale) : `${formatNumber(x.from, locale)} → ${formatNumber(x.amount, locale)}`)}</li>)}
    </ul>
  );
}

/** A consortium's change requests with their status and the office's decision. */
export function ChangeRequestList({ locale, requests }: { locale: Locale; requests: ChangeRequestView[] }) {
  const t = budgetChanges(locale);
  return (
    <section aria-labelledby="wijzigingsverzoeken">
      <h2 class="utrecht-heading-2" id="wijzigingsverzoeken">{t.requestsTitle}</h2>
      {requests.length === 0 ? <p class="utrecht-paragraph">{t.requestsNone}</p> : (
        <Table locale={locale} caption={t.requestsCaption}>
            <THead><Tr>
              {[t.colSubmitted, t.colStatus, t.colChanges, t.colMotivation, t.colDecision].map((h) => <Th>{h}</Th>)}
            </Tr></THead>
            <TBody>
              {requests.map((r) => (
                <Tr>
                  <Td>{formatDateTime(r.submittedAt, locale)}</Td>
                  <Td>{t.statuses[r.status] ?? r.status}</Td>
                  <Td><ChangedCells locale={locale} cells={r.cells} /></Td>
                  <Td>{r.motivation}</Td>
                  <Td>{r.decisionNote}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
      )}
    </section>
  );
}

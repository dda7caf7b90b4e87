import type { BudgetTotals } from '../../domain/budget/budget-totals.ts';
import { formatNumber, type Locale } from '../../domain/format.ts';
import { consortiumPortal } from '../../i18n/consortium-portal.ts';
import { budgetChanges } from '../../i18n/budget-changes.ts';
import { portalCommon } from '../../i18n/portal-common.ts';

/** The whole budget by source and year, with row and column totals, in Dutch (or English) thousands. */
export function BudgetTotalsTable({ locale, totals, years, sources }: { locale: Locale; totals: BudgetTotals; years: number[]; sources: readonly string[] }) {
  const t = budgetChanges(locale);
  const c = portalCommon(locale);
  const n = (v: number | undefined) => formatNumber(v ?? 0, locale);
  return (
    <div class="pps-grid-wrap">
      <h2 class="utrecht-heading-2">{t.totalsTitle}</h2>
      <table class="utrecht-table pps-table">
        <caption class="utrecht-table__caption">{t.totalsCaption}</caption>
        <thead class="utrecht-table__header"><tr class="utrecht-table__row">
          <th class="utrecht-table__header-cell" scope="col">{consortiumPortal(locale).colSource}</th>
          {years.map((y) => <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{y}</th>)}
          <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t.colTotal}</th>
        </tr></thead>
        <tbody class="utrecht-table__body">
          {sources.map((s) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">{c.sources[s] ?? s}</th>
              {years.map((y) => <td class="utrecht-table__cell utrecht-table__cell--numeric">{n(totals.bySourceYear[s]?.[y])}</td>)}
              <td class="utrecht-table__cell utrecht-table__cell--numeric"><strong>{n(totals.bySource[s])}</strong></td>
            </tr>
          ))}
          <tr class="utrecht-table__row pps-total-row">
            <th class="utrecht-table__header-cell" scope="row">{t.rowTotal}</th>
            {years.map((y) => <td class="utrecht-table__cell utrecht-table__cell--numeric"><strong>{n(totals.byYear[y])}</strong></td>)}
            <td class="utrecht-table__cell utrecht-table__cell--numeric"><strong>{n(totals.total)}</strong></td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

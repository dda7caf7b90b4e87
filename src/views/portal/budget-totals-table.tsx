import type { BudgetTotals } from '../../domain/budget/budget-totals.ts';
import { formatNumber, type Locale } from '../../domain/format.ts';
import { consortiumPortal } from '../../i18n/consortium-portal.ts';
import { budgetChanges } from '../../i18n/budget-changes.ts';
import { portalCommon } from '../../i18n/portal-common.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

/** The whole budget by source and year, with row and column totals, in Dutch (or English) thousands. */
export function BudgetTotalsTable({ locale, totals, years, sources }: { locale: Locale; totals: BudgetTotals; years: number[]; sources: readonly string[] }) {
  const t = budgetChanges(locale);
  const c = portalCommon(locale);
  const n = (v: number | undefined) => formatNumber(v ?? 0, locale);
  return (
    <div>
      <h2 class="utrecht-heading-2">{t.totalsTitle}</h2>
      <Table locale={locale} caption={t.totalsCaption}>
        <THead><Tr>
          <Th>{consortiumPortal(locale).colSource}</Th>
          {years.map((y) => <Th numeric>{y}</Th>)}
          <Th numeric>{t.colTotal}</Th>
        </Tr></THead>
        <TBody>
          {sources.map((s) => (
            <Tr>
              <Th row>{c.sources[s] ?? s}</Th>
              {years.map((y) => <Td numeric>{n(totals.bySourceYear[s]?.[y])}</Td>)}
              <Td numeric><strong>{n(totals.bySource[s])}</strong></Td>
            </Tr>
          ))}
          <Tr class="pps-total-row">
            <Th row>{t.rowTotal}</Th>
            {years.map((y) => <Td numeric><strong>{n(totals.byYear[y])}</strong></Td>)}
            <Td numeric><strong>{n(totals.total)}</strong></Td>
          </Tr>
        </TBody>
      </Table>
    </div>
  );
}

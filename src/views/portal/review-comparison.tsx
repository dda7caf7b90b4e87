import { formatNumber, type Locale } from '../../domain/format.ts';
import { reportPortal } from '../../i18n/report-portal.ts';
import type { ComparisonRow } from '../../services/reports/get-review-comparison.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';


/** Each reported total beside last year's value and the target; unchanged copies of last year are flagged in words. */
export function ReviewComparison({ locale, periodYear, rows }: { locale: Locale; periodYear: number; rows: ComparisonRow[] }) {
  const t = reportPortal(locale);
  const n = (v: number | null) => (v === null ? '–' : formatNumber(v, locale, 2));
  const flagged = rows.filter((r) => r.copied).length;
  return (
    <section aria-labelledby="vergelijking">
      <h2 class="utrecht-heading-2" id="vergelijking">{t.comparisonTitle}</h2>
      <p class="utrecht-paragraph">{flagged ? t.comparisonFlagged(flagged, periodYear - 1) : t.comparisonNoneFlagged(periodYear - 1)}</p>
      <Table locale={locale} caption={t.comparisonCaption(periodYear)}>
          <THead><Tr>
            <Th>{t.colIndicator}</Th>
            <Th numeric>{String(periodYear)}</Th>
            <Th numeric>{String(periodYear - 1)}</Th>
            <Th numeric>{t.colTarget}</Th>
            <Th>{t.colSignal}</Th>
          </Tr></THead>
          <TBody>
            {rows.map((r) => (
              <Tr class={r.copied ? 'pps-row--flagged' : undefined}>
                <Th row>{locale === 'nl' ? r.nameNl : r.nameEn}</Th>
                <Td numeric>{n(r.value)}</Td>
                <Td numeric>{n(r.previous)}</Td>
                <Td numeric>{r.target === null ? '–' : t.targetIn(n(r.target), r.targetYear ?? 0)}</Td>
                <Td>{r.copied ? <strong>{t.copiedSignal}</strong> : ''}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
    </section>
  );
}

import { formatNumber, type Locale } from '../../domain/format.ts';
import { reportPortal } from '../../i18n/report-portal.ts';
import type { ComparisonRow } from '../../services/reports/get-review-comparison.ts';

const th = 'utrecht-table__header-cell';
const num = 'utrecht-table__cell utrecht-table__cell--numeric';

/** Each reported total beside last year's value and the target; unchanged copies of last year are flagged in words. */
export function ReviewComparison({ locale, periodYear, rows }: { locale: Locale; periodYear: number; rows: ComparisonRow[] }) {
  const t = reportPortal(locale);
  const n = (v: number | null) => (v === null ? '–' : formatNumber(v, locale, 2));
  const flagged = rows.filter((r) => r.copied).length;
  return (
    <section aria-labelledby="vergelijking">
      <h2 class="utrecht-heading-2" id="vergelijking">{t.comparisonTitle}</h2>
      <p class="utrecht-paragraph">{flagged ? t.comparisonFlagged(flagged, periodYear - 1) : t.comparisonNoneFlagged(periodYear - 1)}</p>
      <div class="pps-grid-wrap">
        <table class="utrecht-table pps-table">
          <caption class="utrecht-table__caption">{t.comparisonCaption(periodYear)}</caption>
          <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class={th} scope="col">{t.colIndicator}</th>
            <th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{String(periodYear)}</th>
            <th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{String(periodYear - 1)}</th>
            <th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{t.colTarget}</th>
            <th class={th} scope="col">{t.colSignal}</th>
          </tr></thead>
          <tbody class="utrecht-table__body">
            {rows.map((r) => (
              <tr class={`utrecht-table__row${r.copied ? ' pps-row--flagged' : ''}`}>
                <th class={th} scope="row">{locale === 'nl' ? r.nameNl : r.nameEn}</th>
                <td class={num}>{n(r.value)}</td>
                <td class={num}>{n(r.previous)}</td>
                <td class={num}>{r.target === null ? '–' : t.targetIn(n(r.target), r.targetYear ?? 0)}</td>
                <td class="utrecht-table__cell">{r.copied ? <strong>{t.copiedSignal}</strong> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

import { formatNumber, formatPercent, type Locale } from '../../domain/format.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';
import type { TargetProgress } from '../../services/public-consortia/get-consortium-progress.ts';

/** Baseline, latest approved value, target and share of the way per indicator. */
export function ConsortiumTargetsSection({ locale, targets }: { locale: Locale; targets: TargetProgress[] }) {
  const t = publicConsortiaMessages(locale);
  const n = (v: number) => formatNumber(v, locale);
  const th = 'utrecht-table__header-cell';
  const thNum = `${th} utrecht-table__header-cell--numeric`;
  const num = 'utrecht-table__cell utrecht-table__cell--numeric';
  return (
    <section aria-labelledby="doelen">
      <h2 class="utrecht-heading-2" id="doelen">{t.targetsSection}</h2>
      <p class="utrecht-paragraph">{t.targetsIntro}</p>
      <div class="pps-grid-wrap">
        <table class="utrecht-table pps-table">
          <caption class="utrecht-table__caption">{t.targetsCaption}</caption>
          <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class={th} scope="col">{t.colIndicator}</th>
            <th class={thNum} scope="col">{t.colBaseline}</th>
            <th class={thNum} scope="col">{t.colLatest}</th>
            <th class={thNum} scope="col">{t.colTarget}</th>
            <th class={thNum} scope="col">{t.colShare}</th>
          </tr></thead>
          <tbody class="utrecht-table__body">
            {targets.map((r) => (
              <tr class="utrecht-table__row" data-indicator={r.indicator.code}>
                <th class={th} scope="row">{locale === 'en' ? r.indicator.nameEn : r.indicator.nameNl}</th>
                <td class={num}>{n(r.baselineValue)} ({r.baselineYear})</td>
                <td class={num}>{r.latest ? `${n(r.latest.value)} (${r.latest.year})` : '–'}</td>
                <td class={num}>{n(r.targetValue)} ({r.targetYear})</td>
                <td class={num}>{r.realisedShare === null ? '–' : formatPercent(r.realisedShare, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

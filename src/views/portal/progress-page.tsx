import { formatNumber, formatPercent, type Locale } from '../../domain/format.ts';
import type { ProgressStatus } from '../../domain/reports/progress-trend.ts';
import { reportPortal } from '../../i18n/report-portal.ts';
import type { ProgressOverview } from '../../services/progress/get-progress-overview.ts';
import { PortalPage } from './portal-page.tsx';
import { paths } from './portal-paths.ts';

const ICON: Record<ProgressStatus, string> = { op_koers: '✓', achter: '⚠', onbekend: '–' };

/** Status as icon plus words, never colour alone. */
function Flag({ status, label }: { status: ProgressStatus; label: string }) {
  return <span class={`pps-status pps-status--${status}`}><span class="pps-status__icon" aria-hidden="true">{ICON[status]}</span> {label}</span>;
}

export function ProgressPage({ locale, overview }: { locale: Locale; overview: ProgressOverview }) {
  const t = reportPortal(locale);
  const n = (v: number) => formatNumber(v, locale);
  const th = 'utrecht-table__header-cell';
  const num = 'utrecht-table__cell utrecht-table__cell--numeric';
  return (
    <PortalPage locale={locale} title={t.progressTitle} path={paths.progress()}>
      <h1 class="utrecht-heading-1">{t.progressTitle}</h1>
      <p class="utrecht-paragraph">{overview.onTrackShare === null ? t.progressIntroNoRule : t.progressIntro(formatPercent(overview.onTrackShare, locale))}</p>
      {overview.consortia.map((c) => (
        <section aria-labelledby={`consortium-${c.consortiumId}`}>
          <h2 class="utrecht-heading-2" id={`consortium-${c.consortiumId}`}>{c.consortiumName}</h2>
          <p class="utrecht-paragraph">
            <Flag status={c.behindCount > 0 ? 'achter' : 'op_koers'} label={c.behindCount > 0 ? t.behind(c.behindCount) : t.allOnTrack} />
          </p>
          <div class="pps-grid-wrap">
            <table class="utrecht-table pps-table">
              <caption class="utrecht-table__caption">{t.progressCaption(c.consortiumName)}</caption>
              <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                <th class={th} scope="col">{t.colIndicator}</th>
                <th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{t.colBaseline}</th>
                <th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{t.colTarget}</th>
                <th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{t.colLatest}</th>
                <th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{t.colRealisedShare}</th>
                <th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{t.colTrend(c.rows[0]?.targetYear ?? 2027)}</th>
                <th class={th} scope="col">{t.colFlag}</th>
              </tr></thead>
              <tbody class="utrecht-table__body">
                {c.rows.map((r) => (
                  <tr class="utrecht-table__row">
                    <th class={th} scope="row">{r.indicatorName}</th>
                    <td class={num}>{n(r.baselineValue)} ({r.baselineYear})</td>
                    <td class={num}>{n(r.targetValue)} ({r.targetYear})</td>
                    <td class={num}>{r.latest ? `${n(r.latest.value)} (${r.latest.year})` : '–'}</td>
                    <td class={num}>{r.realisedShare === null ? '–' : formatPercent(r.realisedShare, locale)}</td>
                    <td class={num}>{r.projection === null ? '–' : n(r.projection)}</td>
                    <td class="utrecht-table__cell"><Flag status={r.status} label={t.flags[r.status] ?? r.status} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </PortalPage>
  );
}

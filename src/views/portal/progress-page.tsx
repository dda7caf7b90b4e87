import { formatNumber, formatPercent, type Locale } from '../../domain/format.ts';
import type { ProgressStatus } from '../../domain/reports/progress-trend.ts';
import { reportPortal } from '../../i18n/report-portal.ts';
import type { ProgressOverview } from '../../services/progress/get-progress-overview.ts';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { paths } from './portal-paths.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

const ICON: Record<ProgressStatus, string> = { op_koers: '✓', achter: '⚠', onbekend: '–' };

/** Status as icon plus words, never colour alone. */
function Flag({ status, label }: { status: ProgressStatus; label: string }) {
  return <span class={`pps-status pps-status--${status}`}><span class="pps-status__icon" aria-hidden="true">{ICON[status]}</span> {label}</span>;
}

export function ProgressPage({ portal, locale, overview }: { locale: Locale; overview: ProgressOverview } & PortalProps) {
  const t = reportPortal(locale);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <PortalPage portal={portal} title={t.progressTitle}>
      <h1 class="utrecht-heading-1">{t.progressTitle}</h1>
      <p class="utrecht-paragraph">{overview.onTrackShare === null ? t.progressIntroNoRule : t.progressIntro(formatPercent(overview.onTrackShare, locale))}</p>
      {overview.consortia.map((c) => (
        <section aria-labelledby={`consortium-${c.consortiumId}`}>
          <h2 class="utrecht-heading-2" id={`consortium-${c.consortiumId}`}>{c.consortiumName}</h2>
          <p class="utrecht-paragraph">
            <Flag status={c.behindCount > 0 ? 'achter' : 'op_koers'} label={c.behindCount > 0 ? t.behind(c.behindCount) : t.allOnTrack} />
          </p>
          <Table locale={locale} caption={t.progressCaption(c.consortiumName)}>
              <THead><Tr>
                <Th>{t.colIndicator}</Th>
                <Th numeric>{t.colBaseline}</Th>
                <Th numeric>{t.colTarget}</Th>
                <Th numeric>{t.colLatest}</Th>
                <Th numeric>{t.colRealisedShare}</Th>
                <Th numeric>{t.colTrend(c.rows[0]?.targetYear ?? 2027)}</Th>
                <Th>{t.colFlag}</Th>
              </Tr></THead>
              <TBody>
                {c.rows.map((r) => (
                  <Tr>
                    <Th row>{locale === 'en' ? r.indicatorNameEn : r.indicatorName}</Th>
                    <Td numeric>{n(r.baselineValue)} ({r.baselineYear})</Td>
                    <Td numeric>{n(r.targetValue)} ({r.targetYear})</Td>
                    <Td numeric>{r.latest ? `${n(r.latest.value)} (${r.latest.year})` : '–'}</Td>
                    <Td numeric>{r.realisedShare === null ? '–' : formatPercent(r.realisedShare, locale)}</Td>
                    <Td numeric>{r.projection === null ? '–' : n(r.projection)}</Td>
                    <Td><Flag status={r.status} label={t.flags[r.status] ?? r.status} /></Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
        </section>
      ))}
    </PortalPage>
  );
}

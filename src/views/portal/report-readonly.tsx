import { formatEuro, formatNumber, formatPercent, type Locale } from '../../domain/format.ts';
import { portalCommon } from '../../i18n/portal-common.ts';
import { reportPortal } from '../../i18n/report-portal.ts';
import type { ReportView } from '../../services/reports/get-report.ts';

const th = 'utrecht-table__header-cell';
const td = 'utrecht-table__cell';
const num = 'utrecht-table__cell utrecht-table__cell--numeric';

/** The report as submitted: values, realisation against budget with the change-request flag, and narratives. */
export function ReportReadonly({ locale, report }: { locale: Locale; report: ReportView }) {
  const t = reportPortal(locale);
  const c = portalCommon(locale);
  const name = (x: { nameNl: string; nameEn: string }) => (locale === 'nl' ? x.nameNl : x.nameEn);
  const realised = new Map(report.contents.realisations.map((r) => [`${r.actionLineId}.${r.source}`, r.amount]));
  const deviation = new Set(report.deviations.map((d) => `${d.actionLineId}.${d.source}`));
  const threshold = report.deviationThreshold === null ? '' : formatPercent(report.deviationThreshold, locale);
  return (
    <>
      <h2 class="utrecht-heading-2">{t.indicatorsTitle}</h2>
      <table class="utrecht-table pps-table">
        <caption class="utrecht-table__caption">{t.valuesCaption}</caption>
        <thead class="utrecht-table__header"><tr class="utrecht-table__row">
          <th class={th} scope="col">{t.colIndicator}</th><th class={th} scope="col">{t.colBreakdown}</th><th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{t.colValue}</th>
        </tr></thead>
        <tbody class="utrecht-table__body">
          {report.indicators.flatMap((i) => report.contents.values.filter((v) => v.indicatorId === i.id).map((v) => (
            <tr class="utrecht-table__row">
              <th class={th} scope="row">{name(i)}</th>
              <td class={td}>{v.breakdown === '' ? t.total : v.breakdown.split(':')[1]}</td>
              <td class={num}>{formatNumber(v.value, locale, 2)}</td>
            </tr>
          )))}
        </tbody>
      </table>
      <h2 class="utrecht-heading-2">{t.budgetTitle}</h2>
      <div class="pps-grid-wrap">
        <table class="utrecht-table pps-table">
          <caption class="utrecht-table__caption">{t.realisationCaption}</caption>
          <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class={th} scope="col">{t.colActionLine}</th><th class={th} scope="col">{t.colBreakdown}</th>
            <th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{t.colPlanned}</th><th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{t.colRealised}</th>
            <th class={th} scope="col">{t.colDeviation}</th>
          </tr></thead>
          <tbody class="utrecht-table__body">
            {report.planned.map((p) => {
              const line = report.actionLines.find((l) => l.id === p.actionLineId);
              const key = `${p.actionLineId}.${p.source}`;
              const value = realised.get(key);
              return (
                <tr class="utrecht-table__row">
                  <th class={th} scope="row">{line ? `${line.code} ${name(line)}` : p.actionLineId}</th>
                  <td class={td}>{c.sources[p.source] ?? p.source}</td>
                  <td class={num}>{formatEuro(p.amount, locale)}</td>
                  <td class={num}>{value === undefined ? t.notFilled : formatEuro(value, locale)}</td>
                  <td class={td}>{deviation.has(key) ? <strong class="pps-flag--deviation">⚠ {t.deviationFlag(threshold)}</strong> : value === undefined ? '–' : t.withinPlan}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2 class="utrecht-heading-2">{t.narrativesTitle}</h2>
      {report.actionLines.map((line) => (
        <>
          <h3 class="utrecht-heading-3">{line.code} {name(line)}</h3>
          <p class="utrecht-paragraph">{report.contents.narratives.find((n) => n.actionLineId === line.id)?.body ?? t.notFilled}</p>
        </>
      ))}
    </>
  );
}

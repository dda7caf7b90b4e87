import { formatEuro, formatNumber, formatPercent, type Locale } from '../../domain/format.ts';
import { portalCommon } from '../../i18n/portal-common.ts';
import { reportPortal } from '../../i18n/report-portal.ts';
import type { ReportView } from '../../services/reports/get-report.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';
import { breakdownCategoryLabel } from './breakdown-label.ts';

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
      <Table locale={locale} caption={t.valuesCaption}>
        <THead><Tr>
          <Th>{t.colIndicator}</Th><Th>{t.colBreakdown}</Th><Th numeric>{t.colValue}</Th>
        </Tr></THead>
        <TBody>
          {report.indicators.flatMap((i) => report.contents.values.filter((v) => v.indicatorId === i.id).map((v) => (
            <Tr>
              <Th row>{name(i)}</Th>
              <Td>{v.breakdown === '' ? t.total : breakdownCategoryLabel(locale, v.breakdown.split(':')[0]!, v.breakdown.split(':')[1] ?? '')}</Td>
              <Td numeric>{formatNumber(v.value, locale, 2)}</Td>
            </Tr>
          )))}
        </TBody>
      </Table>
      <h2 class="utrecht-heading-2">{t.budgetTitle}</h2>
      <Table locale={locale} caption={t.realisationCaption}>
          <THead><Tr>
            <Th>{t.colActionLine}</Th><Th>{t.colBreakdown}</Th>
            <Th numeric>{t.colPlanned}</Th><Th numeric>{t.colRealised}</Th>
            <Th>{t.colDeviation}</Th>
          </Tr></THead>
          <TBody>
            {report.planned.map((p) => {
              const line = report.actionLines.find((l) => l.id === p.actionLineId);
              const key = `${p.actionLineId}.${p.source}`;
              const value = realised.get(key);
              return (
                <Tr>
                  <Th row>{line ? `${line.code} ${name(line)}` : p.actionLineId}</Th>
                  <Td>{c.sources[p.source] ?? p.source}</Td>
                  <Td numeric>{formatEuro(p.amount, locale)}</Td>
                  <Td numeric>{value === undefined ? t.notFilled : formatEuro(value, locale)}</Td>
                  <Td>{deviation.has(key) ? <strong class="pps-flag--deviation">⚠ {t.deviationFlag(threshold)}</strong> : value === undefined ? '–' : t.withinPlan}</Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
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

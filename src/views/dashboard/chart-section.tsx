import { formatNumber, type Locale } from '../../domain/format.ts';
import { dashboardMessages } from '../../i18n/dashboard.ts';
import type { Chart } from '../charts/chart.ts';
import { ChartImage } from '../charts/chart-image.tsx';
import { narrowChart } from '../charts/narrow-chart.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

function cell(chart: Chart, key: string, value: string | number | null, locale: Locale): string {
  if (value === null) return '–';
  const column = chart.columns.find((c) => c.key === key);
  if (typeof value === 'number') return column?.format ? column.format(value) : formatNumber(value, locale);
  return value;
}

/** A chart with its heading, one-sentence summary, the SVG, its data table and its downloads. */
export function ChartSection({ chart, locale, base, query }: { chart: Chart; locale: Locale; base: string; query: string }) {
  const t = dashboardMessages(locale);
  const headingId = `grafiek-${chart.id}`;
  return (
    <section class="pps-chart" aria-labelledby={headingId} id={chart.id}>
      <h2 class="utrecht-heading-2" id={headingId}>{chart.title}</h2>
      <p class="utrecht-paragraph pps-chart__summary">{chart.summary}</p>
      <ChartImage src={`${base}/${chart.id}.svg`} query={query} alt={chart.summary} width={chart.width ?? 720} height={chart.height ?? 400}
        narrowHeight={narrowChart(chart).height} lazy />
      {chart.legend && (
        <div class="pps-chart__legend">
          <h3 class="utrecht-heading-4">{chart.legend.title}</h3>
          <ul class="pps-legend">
            {chart.legend.items.map((item) => (
              <li>
                <svg width="24" height="16" aria-hidden="true" focusable="false"><rect width="24" height="16" fill={item.colour} stroke="#6b6b6b" /></svg>{' '}
                {item.label}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details class="pps-details">
        <summary>{t.table}</summary>
        <Table locale={locale} caption={chart.title} data-chart={chart.id}>
          <THead>
            <Tr>
              {chart.columns.map((c) => (
                <Th numeric={c.numeric}>{c.label}</Th>
              ))}
            </Tr>
          </THead>
          <TBody>
            {chart.rows.map((row) => (
              <Tr>
                {chart.columns.map((c, i) =>
                  i === 0
                    ? <Th row>{cell(chart, c.key, row[c.key] ?? null, locale)}</Th>
                    : <Td numeric={c.numeric} data-value={row[c.key] ?? ''}>{cell(chart, c.key, row[c.key] ?? null, locale)}</Td>,
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      </details>
      <ul class="pps-chart__downloads">
        <li><a class="utrecht-link" href={`${base}/${chart.id}.csv${query}`} download>{t.downloadCsv}</a></li>
        <li><a class="utrecht-link" href={`${base}/${chart.id}.xlsx${query}`} download>{t.downloadXlsx}</a></li>
        <li><a class="utrecht-link" href={`${base}/${chart.id}.svg${query}`}>{t.downloadSvg}</a></li>
      </ul>
    </section>
  );
}

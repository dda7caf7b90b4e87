import { formatNumber, type Locale } from '../../domain/format.ts';
import { dashboardMessages } from '../../i18n/dashboard.ts';
import type { Chart } from '../charts/chart.ts';
import { ChartImage } from '../charts/chart-image.tsx';
import { narrowChart } from '../charts/narrow-chart.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

function cell(chart: Pick<Chart, 'columns'>, key: string, value: string | number | null, locale: Locale): string {
  if (value === null) return '–';
  const column = chart.columns.find((c) => c.key === key);
  if (typeof value === 'number') return column?.format ? column.format(value) : formatNumber(value, locale);
  return value;
}

/** The chart's rows, or the short overview that stands for them when they are too many to list. */
function DataTable({ table, caption, id, locale }: { table: Pick<Chart, 'columns' | 'rows'>; caption: string; id: string; locale: Locale }) {
  return (
    <Table locale={locale} caption={caption} data-chart={id}>
      <THead>
        <Tr>
          {table.columns.map((c) => <Th numeric={c.numeric}>{c.label}</Th>)}
        </Tr>
      </THead>
      <TBody>
        {table.rows.map((row) => (
          <Tr>
            {table.columns.map((c, i) =>
              i === 0
                ? <Th row>{cell(table, c.key, row[c.key] ?? null, locale)}</Th>
                : <Td numeric={c.numeric} data-value={row[c.key] ?? ''}>{cell(table, c.key, row[c.key] ?? null, locale)}</Td>,
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
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
        {chart.overview && <p class="utrecht-paragraph">{chart.overview.note}</p>}
        <DataTable table={chart.overview ?? chart} caption={chart.title} id={chart.id} locale={locale} />
      </details>
      <ul class="pps-chart__downloads">
        <li><a class="utrecht-link" href={`${base}/${chart.id}.csv${query}`} download>{t.downloadCsv}</a></li>
        <li><a class="utrecht-link" href={`${base}/${chart.id}.xlsx${query}`} download>{t.downloadXlsx}</a></li>
        <li><a class="utrecht-link" href={`${base}/${chart.id}.svg${query}`}>{t.downloadSvg}</a></li>
      </ul>
    </section>
  );
}

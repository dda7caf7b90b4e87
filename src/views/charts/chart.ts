import * as echarts from 'echarts';
import { CHART_COLOURS, CHART_TEXT } from '../../domain/dashboard/palette.ts';
import { toCsv } from '../../domain/export/csv.ts';
import { toXlsx } from '../../domain/export/xlsx.ts';

// One chart pipeline: a chart is its data table plus an ECharts option; the SVG, the HTML table
// and the CSV are all made from it, so they cannot disagree.
export type ChartColumn = { key: string; label: string; numeric?: boolean; format?: (value: number) => string };
export type ChartRow = Record<string, string | number | null>;
export type Chart = {
  id: string;
  title: string;
  summary: string;
  columns: ChartColumn[];
  rows: ChartRow[];
  option: echarts.EChartsCoreOption;
  /** Colour key shown beside the chart, for charts whose colours carry a value (choropleths). */
  legend?: { title: string; items: { colour: string; label: string }[] };
  /** A short table the page shows instead of `rows` when they are too many to list; downloads keep every row. */
  overview?: { note: string; columns: ChartColumn[]; rows: ChartRow[] };
  width?: number;
  height?: number;
};

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

// zrender numbers ids and classes per process (zr3-cls-7); renumbered per SVG, the same chart gives the same bytes and ETag.
function stableIds(svg: string): string {
  const names = new Map<string, string>();
  const perKind = new Map<string, number>();
  return svg.replace(/\bzr\d+-([a-z]+)-?(\d*)/g, (token, kind: string) => {
    let name = names.get(token);
    if (!name) {
      const n = perKind.get(kind) ?? 0;
      perKind.set(kind, n + 1);
      name = `pps-${kind}-${n}`;
      names.set(token, name);
    }
    return name;
  });
}

/** Server-side SVG with a title and role=img, so it stands on its own when embedded. */
export function renderChartSvg(chart: Chart): string {
  const width = chart.width ?? 720;
  const height = chart.height ?? 400;
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption({
      animation: false,
      color: [...CHART_COLOURS],
      textStyle: { color: CHART_TEXT, fontFamily: 'Segoe UI, Roboto, Arial, sans-serif', fontSize: 13 },
      ...chart.option,
    });
    const svg = stableIds(instance.renderToSVGString());
    const label = escapeXml(`${chart.title}. ${chart.summary}`);
    return svg.replace(/^<svg /, `<svg role="img" aria-label="${label}" `).replace(/^(<svg[^>]*>)/, `$1<title>${label}</title>`);
  } finally {
    instance.dispose();
  }
}

/** The same table as one Excel sheet, with the column labels as headers and raw numbers. */
export function chartXlsx(chart: Chart): Promise<Uint8Array> {
  const rows = chart.rows.map((row) => Object.fromEntries(chart.columns.map((c) => [c.label, row[c.key] ?? null])));
  return toXlsx(chart.id, rows, chart.columns.map((c) => c.label));
}

/** Exactly the table's data, raw numbers, for spreadsheets. */
export function chartCsv(chart: Chart): string {
  return toCsv(chart.rows, chart.columns.map((c) => ({ header: c.label, value: (row: ChartRow) => row[c.key] ?? null })));
}

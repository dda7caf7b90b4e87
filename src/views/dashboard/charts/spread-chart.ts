import { choroplethClasses } from '../../../domain/dashboard/palette.ts';
import { formatNumber, type Locale } from '../../../domain/format.ts';
import { dashboardMessages } from '../../../i18n/dashboard.ts';
import type { ProvinceSpread } from '../../../services/dashboard/get-spread.ts';
import type { Chart } from '../../charts/chart.ts';
import { ensureNetherlandsMap } from '../../charts/netherlands-map.ts';

/** Choropleth of pps'en per province, each province labelled with its count (not colour alone). */
export function spreadChart(spread: ProvinceSpread[], locale: Locale): Chart {
  const t = dashboardMessages(locale);
  const n = (v: number) => formatNumber(v, locale);
  const max = Math.max(1, ...spread.map((s) => s.pps));
  const top = [...spread].sort((a, b) => b.pps - a.pps)[0];
  const active = spread.filter((s) => s.consortia > 0).length;
  const names = new Map(spread.map((s) => [s.code, s.name]));
  const classes = choroplethClasses(max);
  return {
    id: 'spreiding',
    title: t.spreadTitle,
    summary: top && top.pps > 0 ? t.spreadSummary(active, n(top.pps), top.name) : t.noData,
    columns: [
      { key: 'provincie', label: t.colProvince }, { key: 'code', label: t.colCode },
      { key: 'consortia', label: t.colConsortia, numeric: true, format: n }, { key: 'pps', label: t.colPps, numeric: true, format: n },
    ],
    rows: spread.map((s) => ({ provincie: s.name, code: s.code, consortia: s.consortia, pps: s.pps })),
    option: {
      visualMap: { show: false, type: 'piecewise', pieces: classes.map((c) => ({ min: c.min, max: c.max, color: c.colour })) },
      series: [{
        type: 'map', map: ensureNetherlandsMap(), roam: false, aspectScale: 0.62, layoutSize: '96%',
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        label: {
          show: true, fontSize: 12, color: '#1a1a1a', backgroundColor: 'rgba(255,255,255,0.85)', padding: [2, 3],
          formatter: (p: { name: string; value: number }) => `${names.get(p.name) ?? p.name}\n${n(p.value || 0)}`,
        },
        data: spread.map((s) => ({ name: s.code, value: s.pps })),
      }],
    },
    legend: { title: t.spreadLegend, items: classes.map((c) => ({ colour: c.colour, label: t.spreadClass(n(c.min), n(c.max)) })) },
    width: 560,
    height: 640,
  };
}

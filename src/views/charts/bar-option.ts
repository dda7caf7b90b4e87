import type { EChartsCoreOption } from 'echarts';
import { colourAt } from '../../domain/dashboard/palette.ts';

export type BarSeries = { name: string; data: number[]; stack?: string; label?: (value: number) => string };

/** Horizontal bars with a value label on every bar, so the number never depends on colour or axis reading. */
export function horizontalBarOption(categories: string[], series: BarSeries[]): EChartsCoreOption {
  return {
    grid: { left: 290, right: 90, top: series.length > 1 ? 36 : 12, bottom: 8 },
    legend: series.length > 1 ? { top: 0, textStyle: { color: '#1a1a1a', fontSize: 13 } } : undefined,
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { lineStyle: { color: '#d9d9d9' } } },
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { color: '#1a1a1a', width: 260, overflow: 'truncate' } },
    series: series.map((s, i) => ({
      type: 'bar', name: s.name, data: s.data, stack: s.stack, barMaxWidth: 22,
      itemStyle: { color: colourAt(i), decal: i > 0 ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.45)' } : undefined },
      labelLayout: { hideOverlap: true },
      label: { show: true, position: s.stack ? 'inside' : 'right', color: s.stack ? '#ffffff' : '#1a1a1a', formatter: (p: { value: number }) => (s.label ? s.label(p.value) : String(p.value)) },
    })),
  };
}

export function heightFor(rows: number, perRow = 30, extra = 60): number {
  return Math.max(160, rows * perRow + extra);
}

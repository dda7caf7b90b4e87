import type { Chart } from './chart.ts';

// A phone gets its own drawing of each chart rather than the desktop one shrunk to half size: the SVG is drawn
// NARROW_WIDTH wide, so its 13 px text stays at least 12 px on a 375 px screen. Bar charts wrap their category
// labels in a narrower column; maps keep their proportions.
export const NARROW_WIDTH = 340;
/** Where the page switches to the narrow drawing (a 375 px phone and anything up to a small tablet). */
export const NARROW_MEDIA = '(max-width: 37.5em)';

type Option = Record<string, unknown>;
const asOption = (value: unknown): Option => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Option) : {});

function isBarChart(option: Option): boolean {
  return asOption(option.yAxis).type === 'category';
}

function narrowBars(chart: Chart): Chart {
  const option = chart.option as Option;
  const grid = asOption(option.grid);
  const yAxis = asOption(option.yAxis);
  const legend = option.legend ? { ...asOption(option.legend), type: 'plain', left: 0, right: 0 } : undefined;
  return {
    ...chart,
    width: NARROW_WIDTH,
    // Wrapped labels take up to three lines a bar.
    height: Math.round((chart.height ?? 400) * 1.5) + (legend ? 24 : 0),
    option: {
      ...option,
      legend,
      grid: { ...grid, left: 122, right: 64, top: legend ? 60 : grid.top },
      yAxis: { ...yAxis, axisLabel: { ...asOption(yAxis.axisLabel), width: 112, overflow: 'break', lineHeight: 15 } },
    },
  };
}

function narrowMap(chart: Chart): Chart {
  const option = chart.option as Option;
  const scale = NARROW_WIDTH / (chart.width ?? 720);
  const series = Array.isArray(option.series) ? option.series.map((s) => {
    const item = asOption(s);
    return item.label ? { ...item, label: { ...asOption(item.label), fontSize: 13 } } : item;
  }) : option.series;
  return { ...chart, width: NARROW_WIDTH, height: Math.round((chart.height ?? 400) * scale), option: { ...option, series } };
}

/** The same chart, same data and same table, drawn for a narrow screen. */
export function narrowChart(chart: Chart): Chart {
  return isBarChart(chart.option as Option) ? narrowBars(chart) : narrowMap(chart);
}

/** `kaart.svg` → `kaart-smal.svg`: the narrow drawing sits beside the wide one at a stable address. */
export function narrowFile(file: string): string {
  return file.replace(/\.svg$/, '-smal.svg');
}

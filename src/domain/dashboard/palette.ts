// Chart colours, mirrored from the --pps-chart-* tokens in src/assets/dashboard.css.
// Each has at least 3:1 contrast on white (WCAG 1.4.11); labels carry the meaning too.
export const CHART_COLOURS = ['#00546b', '#b34700', '#6a3d9a', '#1f6f3f', '#8a1c4a', '#3a5ba0', '#6b5300', '#00758f'] as const;
export const CHART_BACKGROUND = '#ffffff';
export const CHART_TEXT = '#1a1a1a';
// Marker shapes cycle with the colours so that series differ in shape as well.
export const CHART_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'roundRect', 'arrow', 'circle'] as const;

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function colourAt(index: number): string {
  return CHART_COLOURS[index % CHART_COLOURS.length] as string;
}

export function symbolAt(index: number): string {
  return CHART_SYMBOLS[index % CHART_SYMBOLS.length] as string;
}

/** Light fill for choropleth classes: white towards petrol, the darkest class still ≥ 3:1. */
export const CHOROPLETH_CLASSES = ['#e3eef1', '#a9cbd4', '#5f9aab', '#2a7489', '#00546b'] as const;

export type ChoroplethClass = { min: number; max: number; colour: string };

/** Equal-width classes from 0 to max, one per choropleth colour; fewer when max is small. */
export function choroplethClasses(max: number): ChoroplethClass[] {
  const width = Math.max(1, Math.ceil(max / CHOROPLETH_CLASSES.length));
  return CHOROPLETH_CLASSES.map((colour, i) => ({ min: i === 0 ? 0 : i * width + 1, max: (i + 1) * width, colour }))
    .filter((c) => c.min <= Math.max(max, 0));
}

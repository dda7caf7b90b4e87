import { CHART_COLOURS } from './palette.ts';

// Map markers: colour and shape together tell the groups apart (never colour alone).
export const MAP_SHAPES = [
  { symbol: 'circle', glyph: '●' },
  { symbol: 'rect', glyph: '■' },
  { symbol: 'triangle', glyph: '▲' },
  { symbol: 'diamond', glyph: '◆' },
] as const;

export type MarkerStyle = { colour: string; symbol: string; glyph: string };

/** Style of the i-th group: 8 colours × 4 shapes gives 32 distinct markers. */
export function markerStyle(index: number): MarkerStyle {
  const shape = MAP_SHAPES[Math.floor(index / CHART_COLOURS.length) % MAP_SHAPES.length] as (typeof MAP_SHAPES)[number];
  return { colour: CHART_COLOURS[index % CHART_COLOURS.length] as string, symbol: shape.symbol, glyph: shape.glyph };
}

export type Located = { group: string; latitude: number; longitude: number };

/** Points at the same place and in the same group become one marker with a count. */
export function clusterPoints<T extends Located>(items: T[]): { group: string; latitude: number; longitude: number; count: number }[] {
  const byPlace = new Map<string, { group: string; latitude: number; longitude: number; count: number }>();
  for (const item of items) {
    const key = `${item.group}|${item.latitude.toFixed(3)}|${item.longitude.toFixed(3)}`;
    const seen = byPlace.get(key);
    if (seen) seen.count += 1;
    else byPlace.set(key, { group: item.group, latitude: item.latitude, longitude: item.longitude, count: 1 });
  }
  return [...byPlace.values()];
}

/** Marker size grows with the square root of the count, so areas compare honestly. */
export function markerSize(count: number): number {
  return Math.round(8 + 5 * Math.sqrt(count - 1));
}

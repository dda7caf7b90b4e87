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

/** A point on the map; `count` when it stands for several pps'en already (a place counted in the database). */
export type Located = { group: string; place: string; latitude: number; longitude: number; count?: number };
export type Cluster = { group: string; place: string; latitude: number; longitude: number; count: number };

/** Where a pps stands on the map: its municipality (CBS code), else its own coordinates to about 100 m. */
export function placeKey(p: { municipalityCode: string | null; latitude: number; longitude: number }): string {
  return p.municipalityCode ?? `${p.latitude.toFixed(3)},${p.longitude.toFixed(3)}`;
}

/** Points at the same place and in the same group become one marker with a count. */
export function clusterPoints<T extends Located>(items: T[]): Cluster[] {
  const byPlace = new Map<string, Cluster>();
  for (const item of items) {
    const key = `${item.group}|${item.place}`;
    const seen = byPlace.get(key);
    if (seen) seen.count += item.count ?? 1;
    else byPlace.set(key, { group: item.group, place: item.place, latitude: item.latitude, longitude: item.longitude, count: item.count ?? 1 });
  }
  return [...byPlace.values()];
}

/** Marker size grows with the square root of the count, so areas compare honestly. */
export function markerSize(count: number): number {
  return Math.round(8 + 5 * Math.sqrt(count - 1));
}

/** Counts to show in the size legend: 1, the largest marker, and one in between when they differ enough. */
export function sizeLegendCounts(clusters: Pick<Cluster, 'count'>[]): number[] {
  const max = Math.max(1, ...clusters.map((c) => c.count));
  const middle = Math.round((1 + max) / 2);
  return [...new Set([1, middle, max])].filter((n) => n <= max);
}

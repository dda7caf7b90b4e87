import { clusterPoints, markerSize, markerStyle, placeKey, sizeLegendCounts, type Cluster } from '../../domain/dashboard/map-groups.ts';
import { formatNumber, type Locale } from '../../domain/format.ts';
import { mapMessages } from '../../i18n/network-map.ts';
import type { MapPps } from '../../services/dashboard/list-map-pps.ts';
import type { Chart } from '../charts/chart.ts';
import { ensureNetherlandsMap } from '../charts/netherlands-map.ts';

export const MAP_WIDTH = 560;
export const MAP_HEIGHT = 640;

export type MapColouring = 'consortium' | 'sector';
export type MapGroup = { key: string; label: string; count: number; colour: string; colourIndex: number; symbol: string; glyph: string };

/** A pps, or a place counted for several (`count`): what grouping, clustering and the summary read. */
export type MapPoint = Pick<MapPps, 'consortiumName' | 'sectorNl' | 'sectorEn' | 'municipalityCode' | 'provinceCode' | 'latitude' | 'longitude'> & { count?: number };

/** Pps'en per group; a group's label is null for pps'en without a sector when colouring by sector. */
export type MapGroupCount = { label: string | null; count: number };
/** What the page shows of the map: counted from points here (the SVG), or in the database (getMapOverview). */
export type MapFigures = { groups: MapGroupCount[]; total: number; places: number; provinces: number; largest: number };

function groupOf(p: MapPoint, colouring: MapColouring, locale: Locale): string | null {
  if (colouring === 'consortium') return p.consortiumName;
  return (locale === 'en' ? p.sectorEn : p.sectorNl) ?? null;
}

const shownLabel = (label: string | null, locale: Locale) => label ?? mapMessages(locale).unknownSector;

function mapClusters(items: MapPoint[], colouring: MapColouring, locale: Locale): Cluster[] {
  return clusterPoints(items.map((p) => ({ group: shownLabel(groupOf(p, colouring, locale), locale), place: placeKey(p), latitude: p.latitude, longitude: p.longitude, count: p.count })));
}

/** The figures of a set of points: the SVG's own, and the oracle of the figures counted in the database. */
export function mapFigures(items: MapPoint[], colouring: MapColouring, locale: Locale): MapFigures {
  const groups = new Map<string | null, number>();
  for (const p of items) groups.set(groupOf(p, colouring, locale), (groups.get(groupOf(p, colouring, locale)) ?? 0) + (p.count ?? 1));
  return {
    groups: [...groups].map(([label, count]) => ({ label, count })),
    total: items.reduce((sum, p) => sum + (p.count ?? 1), 0),
    places: new Set(items.map(placeKey)).size,
    provinces: new Set(items.map((p) => p.provinceCode)).size,
    largest: Math.max(0, ...mapClusters(items, colouring, locale).map((c) => c.count)),
  };
}

// One collator for all comparisons: localeCompare(b, 'nl') builds one per call (1.500 groups: 64 ms against 6 ms).
const byDutchName = new Intl.Collator('nl').compare;

/** Groups (consortia or sectors) in a stable order, each with its marker style. */
export function mapGroups(groups: MapGroupCount[], locale: Locale): MapGroup[] {
  const counts = new Map<string, number>();
  for (const g of groups) counts.set(shownLabel(g.label, locale), (counts.get(shownLabel(g.label, locale)) ?? 0) + g.count);
  return [...counts.keys()].sort(byDutchName).map((label, i) => ({ key: label, label, count: counts.get(label) ?? 0, colourIndex: i % 8, ...markerStyle(i) }));
}

/** "N pps'en at P places in Q provinces", the sentence under the map and its alt text. */
export function mapSummary(figures: Pick<MapFigures, 'total' | 'places' | 'provinces'>, locale: Locale): string {
  const t = mapMessages(locale);
  const n = (v: number) => formatNumber(v, locale);
  return figures.total ? t.summary(n(figures.total), n(figures.places), n(figures.provinces)) : t.none;
}

/** The marker sizes the legend explains: how many pps'en a marker of each size stands for, up to the largest. */
export function mapSizeLegend(largest: number): { count: number; size: number }[] {
  return largest > 0 ? sizeLegendCounts([{ count: largest }]).map((count) => ({ count, size: markerSize(count) })) : [];
}

/** All pps'en as markers on the province map; the list view on the page carries the same data. */
export function networkMapChart(items: MapPps[], colouring: MapColouring, locale: Locale): Chart {
  const t = mapMessages(locale);
  const figures = mapFigures(items, colouring, locale);
  const groups = mapGroups(figures.groups, locale);
  const clusters = mapClusters(items, colouring, locale);
  return {
    id: 'kaart',
    title: t.title,
    summary: mapSummary(figures, locale),
    columns: [
      { key: 'pps', label: t.colPps }, { key: 'consortium', label: t.colConsortium }, { key: 'sector', label: t.colSector },
      { key: 'gemeente', label: t.colMunicipality }, { key: 'provincie', label: t.colProvince },
      { key: 'breedtegraad', label: t.colLatitude, numeric: true }, { key: 'lengtegraad', label: t.colLongitude, numeric: true },
    ],
    rows: items.map((p) => ({
      pps: p.name, consortium: p.consortiumName, sector: (locale === 'en' ? p.sectorEn : p.sectorNl) ?? '', gemeente: p.municipality ?? '',
      provincie: p.provinceName, breedtegraad: p.latitude, lengtegraad: p.longitude,
    })),
    option: {
      geo: { map: ensureNetherlandsMap(), roam: false, aspectScale: 0.62, layoutSize: '96%', itemStyle: { areaColor: '#eef4f6', borderColor: '#8c8c8c' }, silent: true },
      series: groups.map((g) => ({
        type: 'scatter', coordinateSystem: 'geo', name: g.label, symbol: g.symbol,
        itemStyle: { color: g.colour, borderColor: '#ffffff', borderWidth: 1, opacity: 0.9 },
        data: clusters.filter((c) => c.group === g.key).map((c) => ({ value: [c.longitude, c.latitude, c.count], symbolSize: markerSize(c.count) })),
      })),
    },
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
  };
}

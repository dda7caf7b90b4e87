import { clusterPoints, markerSize, markerStyle, placeKey, sizeLegendCounts, type Cluster } from '../../domain/dashboard/map-groups.ts';
import { formatNumber, type Locale } from '../../domain/format.ts';
import { mapMessages } from '../../i18n/network-map.ts';
import type { MapPps } from '../../services/dashboard/list-map-pps.ts';
import type { Chart } from '../charts/chart.ts';
import { ensureNetherlandsMap } from '../charts/netherlands-map.ts';

export type MapColouring = 'consortium' | 'sector';
export type MapGroup = { key: string; label: string; count: number; colour: string; colourIndex: number; symbol: string; glyph: string };

function groupLabel(p: MapPps, colouring: MapColouring, locale: Locale): string {
  if (colouring === 'consortium') return p.consortiumName;
  return (locale === 'en' ? p.sectorEn : p.sectorNl) ?? mapMessages(locale).unknownSector;
}

/** Groups (consortia or sectors) in a stable order, each with its marker style. */
export function mapGroups(items: MapPps[], colouring: MapColouring, locale: Locale): MapGroup[] {
  const counts = new Map<string, number>();
  for (const p of items) counts.set(groupLabel(p, colouring, locale), (counts.get(groupLabel(p, colouring, locale)) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => a.localeCompare(b, 'nl')).map((label, i) => ({ key: label, label, count: counts.get(label) ?? 0, colourIndex: i % 8, ...markerStyle(i) }));
}

function mapClusters(items: MapPps[], colouring: MapColouring, locale: Locale): Cluster[] {
  return clusterPoints(items.map((p) => ({ group: groupLabel(p, colouring, locale), place: placeKey(p), latitude: p.latitude, longitude: p.longitude })));
}

/** The marker sizes the legend explains: how many pps'en a marker of each size stands for. */
export function mapSizeLegend(items: MapPps[], colouring: MapColouring, locale: Locale): { count: number; size: number }[] {
  return items.length ? sizeLegendCounts(mapClusters(items, colouring, locale)).map((count) => ({ count, size: markerSize(count) })) : [];
}

/** All pps'en as markers on the province map; the list view on the page carries the same data. */
export function networkMapChart(items: MapPps[], colouring: MapColouring, locale: Locale): Chart {
  const t = mapMessages(locale);
  const n = (v: number) => formatNumber(v, locale);
  const groups = mapGroups(items, colouring, locale);
  const clusters = mapClusters(items, colouring, locale);
  const places = new Set(items.map(placeKey)).size;
  const provinces = new Set(items.map((p) => p.provinceCode)).size;
  return {
    id: 'kaart',
    title: t.title,
    summary: items.length ? t.summary(n(items.length), n(places), n(provinces)) : t.none,
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
    width: 560,
    height: 640,
  };
}

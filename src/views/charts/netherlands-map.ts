import { readFileSync } from 'node:fs';
import * as echarts from 'echarts';

// Province boundaries (CBS / PDOK, CC BY 4.0), read once; see src/data/geo/SOURCE.md.
const GEOJSON = JSON.parse(readFileSync(new URL('../../data/geo/provincies-2023.geojson', import.meta.url), 'utf8'));
export const NL_MAP = 'nederland-provincies';
export const MAP_ATTRIBUTION = 'Grenzen: CBS / PDOK, CC BY 4.0';

let registered = false;

/** Registers the province map with ECharts (once per process); regions are named by CBS code. */
export function ensureNetherlandsMap(): string {
  if (!registered) {
    for (const feature of GEOJSON.features) feature.properties.name = feature.properties.statcode;
    echarts.registerMap(NL_MAP, GEOJSON);
    registered = true;
  }
  return NL_MAP;
}

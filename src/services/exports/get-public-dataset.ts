import { listActionLines } from '../action-lines/list-action-lines.ts';
import { listBudgetLines } from '../budget/list-budget-lines.ts';
import type { ServiceContext } from '../context.ts';
import { getProgrammeFigures } from '../figures/get-programme-figures.ts';
import { listIndicators } from '../indicators/list-indicators.ts';
import { listIndicatorRealisations } from '../realisations/list-indicator-realisations.ts';
import { listOrganisations } from '../organisations/list-organisations.ts';
import { listPublicConsortia } from '../public-consortia/list-public-consortia.ts';
import { listPublicPps } from '../public-consortia/list-public-pps.ts';
import { listTargets } from '../targets/list-targets.ts';
import { readAll } from './read-all.ts';

const byName = [{ key: 'name' as const, descending: false }];
const byConsortium = [{ key: 'consortium' as const, descending: false }];

// Each table of the public dataset, read through the same use-cases as the pages and the API (public fields only).
const TABLES = {
  kerncijfers: (ctx: ServiceContext) => getProgrammeFigures(ctx),
  actielijnen: (ctx: ServiceContext) => listActionLines(ctx),
  indicatoren: (ctx: ServiceContext) => listIndicators(ctx),
  consortia: (ctx: ServiceContext) => readAll((page) => listPublicConsortia(ctx, { filter: {}, sort: byName, page })),
  pps: (ctx: ServiceContext) => readAll((page) => listPublicPps(ctx, { filter: {}, sort: byName, page })),
  organisaties: (ctx: ServiceContext) => readAll((page) => listOrganisations(ctx, { filter: {}, sort: byName, page })),
  doelen: (ctx: ServiceContext) => readAll((page) => listTargets(ctx, { filter: {}, sort: byConsortium, page })),
  realisaties: (ctx: ServiceContext) => readAll((page) => listIndicatorRealisations(ctx, { filter: {}, sort: byConsortium, page })),
  begrotingen: (ctx: ServiceContext) => readAll((page) => listBudgetLines(ctx, { filter: {}, sort: byConsortium, page })),
};
export type PublicTable = keyof typeof TABLES;
export type PublicDataset = { [K in PublicTable]: Awaited<ReturnType<(typeof TABLES)[K]>> };

/** One table of the public dataset: a list download reads only its own table. */
export function getPublicTable<K extends PublicTable>(ctx: ServiceContext, table: K): Promise<PublicDataset[K]> {
  return TABLES[table](ctx) as Promise<PublicDataset[K]>;
}

/** The whole public dataset: its tables read side by side, as the pool allows. */
export async function getPublicDataset(ctx: ServiceContext): Promise<PublicDataset> {
  const tables = Object.keys(TABLES) as PublicTable[];
  const read = await Promise.all(tables.map((table) => getPublicTable(ctx, table)));
  return Object.fromEntries(tables.map((table, i) => [table, read[i]])) as PublicDataset;
}

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

/** The whole public dataset, through the same use-cases as the pages and the API (public fields only). */
export async function getPublicDataset(ctx: ServiceContext) {
  const [kerncijfers, actielijnen, indicatoren] = await Promise.all([getProgrammeFigures(ctx), listActionLines(ctx), listIndicators(ctx)]);
  const consortia = await readAll((page) => listPublicConsortia(ctx, { filter: {}, sort: [{ key: 'name', descending: false }], page }));
  const pps = await readAll((page) => listPublicPps(ctx, { filter: {}, sort: [{ key: 'name', descending: false }], page }));
  const organisaties = await readAll((page) => listOrganisations(ctx, { filter: {}, sort: [{ key: 'name', descending: false }], page }));
  const doelen = await readAll((page) => listTargets(ctx, { filter: {}, sort: [{ key: 'consortium', descending: false }], page }));
  const realisaties = await readAll((page) => listIndicatorRealisations(ctx, { filter: {}, sort: [{ key: 'consortium', descending: false }], page }));
  const begrotingen = await readAll((page) => listBudgetLines(ctx, { filter: {}, sort: [{ key: 'consortium', descending: false }], page }));
  return { kerncijfers, actielijnen, indicatoren, consortia, pps, organisaties, doelen, realisaties, begrotingen };
}
export type PublicDataset = Awaited<ReturnType<typeof getPublicDataset>>;

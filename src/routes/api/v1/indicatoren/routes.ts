import { getIndicator } from '../../../../services/indicators/get-indicator.ts';
import { listIndicators, type IndicatorSummary } from '../../../../services/indicators/list-indicators.ts';
import { pageOf } from '../../../../services/listing.ts';
import type { AppDeps } from '../../../deps.ts';
import type { ApiRouter } from '../lib/api-router.ts';
import { pageBody } from '../lib/pagination.ts';
import { Indicator, IndicatorenQuery, IndicatorLijst, IndicatorParams } from './schema.ts';

export const toIndicator = (i: IndicatorSummary): Indicator => ({
  code: i.code, positie: i.position, naam: i.nameNl, naamEngels: i.nameEn, eenheid: i.unit, soort: i.kind, cumulatief: i.isCumulative,
  bereik: i.isReach, uitsplitsingen: i.disaggregations.map((d) => ({ code: d.code, naam: d.labelNl, categorieen: d.categories })),
});

export function registerIndicatoren(api: ApiRouter, { db }: AppDeps): void {
  const ctx = { db, actor: null };
  api.tag('Indicatoren', 'De indicatoren waarop consortia doelen stellen en rapporteren.');
  api.get({
    path: '/indicatoren', operationId: 'lijstIndicatoren', tag: 'Indicatoren',
    summary: 'Indicatoren van de regeling',
    description: 'De indicatoren van de huidige regeling in vaste volgorde: bereik (studenten, docenten, bedrijven, werkenden, werkzoekenden) en output.',
    query: IndicatorenQuery, response: IndicatorLijst,
    handler: async ({ query, c }) =>
      pageBody(c, 'indicatoren', query, pageOf(await listIndicators(ctx), { page: query.pagina, pageSize: query.paginaGrootte }), toIndicator),
  });
  api.get({
    path: '/indicatoren/{code}', operationId: 'haalIndicator', tag: 'Indicatoren',
    summary: 'Eén indicator',
    description: 'Een indicator van de huidige regeling, op code.',
    params: IndicatorParams, response: Indicator, hasNotFound: true,
    handler: async ({ params }) => toIndicator(await getIndicator(ctx, params.code)),
  });
}

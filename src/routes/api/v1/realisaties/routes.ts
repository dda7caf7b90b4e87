import { listIndicatorRealisations, type IndicatorRealisation } from '../../../../services/realisations/list-indicator-realisations.ts';
import type { AppDeps } from '../../../deps.ts';
import type { ApiRouter } from '../lib/api-router.ts';
import { pageBody } from '../lib/pagination.ts';
import { RealisatieLijst, RealisatiesQuery, type Realisatie } from './schema.ts';

export const toRealisatie = (r: IndicatorRealisation): Realisatie => ({
  id: r.id, consortium: { id: r.consortium.id, naam: r.consortium.name },
  indicator: { code: r.indicator.code, naam: r.indicator.nameNl, eenheid: r.indicator.unit },
  jaar: r.year, uitsplitsing: r.breakdown, categorie: r.category, waarde: r.value, voorbeelddata: r.isIllustrative,
});

export function registerRealisaties(api: ApiRouter, { db }: AppDeps): void {
  const ctx = { db, actor: null };
  api.tag('Realisaties', 'Gerapporteerde indicatorwaarden uit goedgekeurde voortgangsrapportages.');
  api.get({
    path: '/realisaties', operationId: 'lijstRealisaties', tag: 'Realisaties',
    summary: 'Gerealiseerde indicatorwaarden',
    description: 'Waarden per consortium, indicator en jaar uit voortgangsrapportages die het programmabureau heeft goedgekeurd; rapportages in concept, ingediend of teruggestuurd tellen niet mee.',
    query: RealisatiesQuery, response: RealisatieLijst,
    handler: async ({ query, c }) => {
      const breakdown = query.uitsplitsing === 'geen' ? null : query.uitsplitsing;
      const filter = { consortiumId: query.consortium, indicatorCode: query.indicator, year: query.jaar, breakdown };
      const page = await listIndicatorRealisations(ctx, { filter, sort: query.sorteer, page: { page: query.pagina, pageSize: query.paginaGrootte } });
      return pageBody(c, 'realisaties', query, page, toRealisatie);
    },
  });
}

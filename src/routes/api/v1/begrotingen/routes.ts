import { listBudgetLines, type BudgetLineSummary } from '../../../../services/budget/list-budget-lines.ts';
import type { AppDeps } from '../../../deps.ts';
import type { ApiRouter } from '../lib/api-router.ts';
import { pageBody } from '../lib/pagination.ts';
import { BegrotingenQuery, BegrotingLijst, type Begrotingsregel } from './schema.ts';

export const toBegrotingsregel = (b: BudgetLineSummary): Begrotingsregel => ({
  id: b.id, consortium: { id: b.consortium.id, naam: b.consortium.name }, actielijn: { code: b.actionLine.code, naam: b.actionLine.nameNl },
  jaar: b.year, bron: b.source, begroot: b.plannedAmount, gerealiseerd: b.realisedAmount, voorbeelddata: b.isIllustrative,
});

export function registerBegrotingen(api: ApiRouter, { db }: AppDeps): void {
  const ctx = { db, actor: null };
  api.tag('Begrotingen', 'Begroting per consortium, actielijn, jaar en financieringsbron, met de goedgekeurde realisatie.');
  api.get({
    path: '/begrotingen', operationId: 'lijstBegrotingen', tag: 'Begrotingen',
    summary: 'Begrotingsregels van de consortia',
    description: 'Begroot bedrag per consortium, actielijn, jaar en financieringsbron, met het bestede bedrag uit de goedgekeurde voortgangsrapportage van dat jaar.',
    query: BegrotingenQuery, response: BegrotingLijst,
    handler: async ({ query, c }) => {
      const filter = { consortiumId: query.consortium, actionLineCode: query.actielijn, year: query.jaar, source: query.bron };
      const page = await listBudgetLines(ctx, { filter, sort: query.sorteer, page: { page: query.pagina, pageSize: query.paginaGrootte } });
      return pageBody(c, 'begrotingen', query, page, toBegrotingsregel);
    },
  });
}

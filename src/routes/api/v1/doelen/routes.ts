import { listTargets, type TargetSummary } from '../../../../services/targets/list-targets.ts';
import type { AppDeps } from '../../../deps.ts';
import type { ApiRouter } from '../lib/api-router.ts';
import { pageBody } from '../lib/pagination.ts';
import { DoelenQuery, DoelLijst, type Doel } from './schema.ts';

export const toDoel = (t: TargetSummary): Doel => ({
  id: t.id, consortium: { id: t.consortium.id, naam: t.consortium.name },
  indicator: { code: t.indicator.code, naam: t.indicator.nameNl, eenheid: t.indicator.unit },
  basiswaarde: t.baselineValue, basisjaar: t.baselineYear, streefwaarde: t.targetValue, streefjaar: t.targetYear,
  tussendoelen: t.milestones.map((m) => ({ jaar: m.year, waarde: m.value })), voorbeelddata: t.isIllustrative,
});

export function registerDoelen(api: ApiRouter, { db }: AppDeps): void {
  const ctx = { db, actor: null };
  api.tag('Doelen', 'Nulmetingen, streefwaarden en tussendoelen per consortium en indicator.');
  api.get({
    path: '/doelen', operationId: 'lijstDoelen', tag: 'Doelen',
    summary: 'Doelen van de consortia',
    description: 'Nulmeting, streefwaarde en tussendoelen per consortium en indicator; te filteren op consortium en indicator.',
    query: DoelenQuery, response: DoelLijst,
    handler: async ({ query, c }) => {
      const filter = { consortiumId: query.consortium, indicatorCode: query.indicator };
      const page = await listTargets(ctx, { filter, sort: query.sorteer, page: { page: query.pagina, pageSize: query.paginaGrootte } });
      return pageBody(c, 'doelen', query, page, toDoel);
    },
  });
}

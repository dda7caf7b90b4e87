import { z } from 'zod';
import { pageOf } from '../../../../services/listing.ts';
import { getPublicRound } from '../../../../services/rounds/get-public-round.ts';
import { listPublicRounds, type PublicRound } from '../../../../services/rounds/list-public-rounds.ts';
import type { AppDeps } from '../../../deps.ts';
import type { ApiRouter } from '../lib/api-router.ts';
import { pageBody, pageQuery } from '../lib/pagination.ts';
import { RondeDetail, RondeLijst, RondeParams, type Ronde } from './schema.ts';

const toRonde = (r: PublicRound): z.input<typeof Ronde> => ({
  id: r.id, naam: r.name, opent: r.opensOn, sluit: r.closesOn, budget: r.budget, status: r.status as z.input<typeof Ronde>['status'],
  aantalAanvragen: r.applied, aantalGehonoreerd: r.honoured, toegekendBedrag: r.awardedTotal,
});

export function registerRondes(api: ApiRouter, { db }: AppDeps): void {
  const ctx = { db, actor: null };
  api.tag('Rondes', 'Aanvraagrondes met hun criteria, aantallen en gehonoreerde consortia; scores en afgewezen aanvragen zijn niet openbaar.');
  api.get({
    path: '/rondes', operationId: 'lijstRondes', tag: 'Rondes',
    summary: 'Aanvraagrondes',
    description: 'Alle aanvraagrondes van de huidige regeling, op openingsdatum.',
    query: z.object({ ...pageQuery }), response: RondeLijst,
    handler: async ({ query, c }) => pageBody(c, 'rondes', query, pageOf(await listPublicRounds(ctx), { page: query.pagina, pageSize: query.paginaGrootte }), toRonde),
  });
  api.get({
    path: '/rondes/{id}', operationId: 'haalRonde', tag: 'Rondes',
    summary: 'Eén aanvraagronde',
    description: 'Een aanvraagronde met de selectiecriteria en de gehonoreerde consortia met hun toekenning.',
    params: RondeParams, response: RondeDetail, hasNotFound: true,
    handler: async ({ params }) => {
      const r = await getPublicRound(ctx, params.id);
      return {
        ...toRonde(r),
        criteria: r.criteria.map((x) => ({ code: x.code, naam: x.nameNl, naamEngels: x.nameEn, weging: x.weight })),
        gehonoreerd: r.honouredConsortia.map((h) => ({ consortiumId: h.consortiumId, naam: h.name, toegekendBedrag: h.awardedAmount })),
      };
    },
  });
}

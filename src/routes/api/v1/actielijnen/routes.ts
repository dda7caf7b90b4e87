import { z } from 'zod';
import { listActionLines } from '../../../../services/action-lines/list-action-lines.ts';

type ActionLineSummary = Awaited<ReturnType<typeof listActionLines>>[number];
import { pageOf } from '../../../../services/listing.ts';
import type { AppDeps } from '../../../deps.ts';
import type { ApiRouter } from '../lib/api-router.ts';
import { component } from '../lib/components.ts';
import { pageBody, pageQuery, paginated } from '../lib/pagination.ts';

export const Actielijn = component('Actielijn', z.object({
  code: z.string().meta({ description: 'Code van de actielijn.', example: 'AL1' }),
  positie: z.number().int().min(1).meta({ description: 'Volgorde binnen de regeling.', example: 1 }),
  naam: z.string().meta({ description: 'Naam.', example: 'Versterken van ketens en ecosystemen' }),
  naamEngels: z.string().meta({ description: 'Naam in het Engels.', example: 'Strengthening chains and ecosystems' }),
  omschrijving: z.string().meta({ description: 'Toelichting.', example: 'Verbinden van partijen uit verschillende sectoren, (onderwijs)domeinen en disciplines.' }),
}).meta({ description: 'Een actielijn van de regeling.' }));

export const toActielijn = (l: ActionLineSummary) => ({ code: l.code, positie: l.position, naam: l.nameNl, naamEngels: l.nameEn, omschrijving: l.descriptionNl });

const ActielijnLijst = paginated('ActielijnLijst', 'actielijnen', Actielijn, 'Een pagina actielijnen.');

export function registerActielijnen(api: ApiRouter, { db }: AppDeps): void {
  api.tag('Actielijnen', 'De actielijnen van de regeling, waarop begroting en rapportage zijn ingedeeld.');
  api.get({
    path: '/actielijnen', operationId: 'lijstActielijnen', tag: 'Actielijnen',
    summary: 'Actielijnen van de regeling',
    description: 'De vijf actielijnen van de huidige regeling, in vaste volgorde.',
    query: z.object({ ...pageQuery }), response: ActielijnLijst,
    handler: async ({ query, c }) => {
      const lines = await listActionLines({ db, actor: null });
      return pageBody(c, 'actielijnen', query, pageOf(lines, { page: query.pagina, pageSize: query.paginaGrootte }), toActielijn);
    },
  });
}

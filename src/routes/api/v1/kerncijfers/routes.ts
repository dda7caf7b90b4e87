import { ProgrammeFigures } from '../../../../domain/programme-figures.ts';
import { getProgrammeFigures } from '../../../../services/figures/get-programme-figures.ts';
import type { AppDeps } from '../../../deps.ts';
import type { ApiRouter } from '../lib/api-router.ts';
import { component } from '../lib/components.ts';

// The same schema and service as the home page's "De regeling in cijfers".
const Kerncijfers = component('Kerncijfers', ProgrammeFigures.meta({ description: 'De regeling in cijfers, berekend uit de aanvragen en besluiten.' }));

export function registerKerncijfers(api: ApiRouter, { db }: AppDeps): void {
  api.tag('Kerncijfers', 'De regeling in cijfers: budget, aanvragen, toekenningen en cofinanciering.');
  api.get({
    path: '/kerncijfers', operationId: 'haalKerncijfers', tag: 'Kerncijfers',
    summary: 'De regeling in cijfers',
    description: 'Kerncijfers van de huidige regeling, berekend uit de aanvragen en besluiten; dezelfde cijfers als op de startpagina.',
    response: Kerncijfers,
    handler: () => getProgrammeFigures({ db, actor: null }),
  });
}

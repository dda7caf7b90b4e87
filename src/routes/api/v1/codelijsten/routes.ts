import { z } from 'zod';
import { listMunicipalities } from '../../../../services/code-lists/list-municipalities.ts';
import { listProvinces } from '../../../../services/code-lists/list-provinces.ts';
import { listSectors } from '../../../../services/code-lists/list-sectors.ts';
import { pageOf } from '../../../../services/listing.ts';
import type { AppDeps } from '../../../deps.ts';
import type { ApiRouter } from '../lib/api-router.ts';
import { component } from '../lib/components.ts';
import { pageBody, pageQuery, paginated } from '../lib/pagination.ts';

const Provincie = component('Provincie', z.object({
  code: z.string().meta({ description: 'CBS-code van de provincie.', example: 'PV26' }),
  naam: z.string().meta({ description: 'Naam.', example: 'Utrecht' }),
}).meta({ description: 'Een provincie met haar CBS-code.' }));

const Sector = component('Sector', z.object({
  code: z.string().meta({ description: 'Code van de sector.', example: 'energie' }),
  naam: z.string().meta({ description: 'Naam.', example: 'Energie' }),
  naamEngels: z.string().meta({ description: 'Naam in het Engels.', example: 'Energy' }),
  topsector: z.boolean().meta({ description: 'true voor een van de Nederlandse topsectoren.', example: true }),
}).meta({ description: 'Een sector uit de codelijst.' }));

const Gemeente = component('Gemeente', z.object({
  code: z.string().meta({ description: 'CBS-code van de gemeente.', example: 'GM0344' }),
  naam: z.string().meta({ description: 'Naam.', example: 'Utrecht' }),
  provincie: z.string().meta({ description: 'CBS-code van de provincie waarin de gemeente ligt.', example: 'PV26' }),
}).meta({ description: "Een gemeente waar pps'en en organisaties gevestigd kunnen zijn." }));

const GemeenteLijst = paginated('GemeenteLijst', 'gemeenten', Gemeente, 'Een pagina gemeenten.');
const ProvincieLijst = paginated('ProvincieLijst', 'provincies', Provincie, 'Een pagina provincies.');
const SectorLijst = paginated('SectorLijst', 'sectoren', Sector, 'Een pagina sectoren.');

export function registerCodelijsten(api: ApiRouter, { db }: AppDeps): void {
  const ctx = { db, actor: null };
  const query = z.object({ ...pageQuery });
  api.tag('Codelijsten', "Provincies, gemeenten en sectoren waarmee consortia, pps'en en organisaties zijn ingedeeld.");
  api.get({
    path: '/provincies', operationId: 'lijstProvincies', tag: 'Codelijsten',
    summary: 'Provincies', description: 'De twaalf provincies met hun CBS-code (PV20 Groningen tot en met PV31 Limburg).',
    query, response: ProvincieLijst,
    handler: async ({ query: q, c }) => pageBody(c, 'provincies', q, pageOf(await listProvinces(ctx), { page: q.pagina, pageSize: q.paginaGrootte }), (p) => ({ code: p.code, naam: p.name })),
  });
  api.get({
    path: '/sectoren', operationId: 'lijstSectoren', tag: 'Codelijsten',
    summary: 'Sectoren', description: 'De sectoren: de Nederlandse topsectoren en de andere sectoren van de regeling, zoals ICT, zorg en bouw.',
    query, response: SectorLijst,
    handler: async ({ query: q, c }) =>
      pageBody(c, 'sectoren', q, pageOf(await listSectors(ctx), { page: q.pagina, pageSize: q.paginaGrootte }), (s) => ({
        code: s.code, naam: s.nameNl, naamEngels: s.nameEn, topsector: s.isTopSector,
      })),
  });
  api.get({
    path: '/gemeenten', operationId: 'lijstGemeenten', tag: 'Codelijsten',
    summary: 'Gemeenten', description: "De gemeenten waar pps'en gevestigd kunnen zijn, op naam, met hun CBS-code en provincie. Het inlezen van pps'en kent een gemeente aan deze naam of code.",
    query, response: GemeenteLijst,
    handler: async ({ query: q, c }) => pageBody(c, 'gemeenten', q, pageOf(await listMunicipalities(ctx), { page: q.pagina, pageSize: q.paginaGrootte }), (m) => ({ code: m.code, naam: m.name, provincie: m.provinceCode })),
  });
}

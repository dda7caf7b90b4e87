import { disciplineName, provinceName, sectorName } from '../../../../domain/public/code-names.ts';
import { getPublicPps } from '../../../../services/public-consortia/get-public-pps.ts';
import { listPublicPps, type PpsSummary } from '../../../../services/public-consortia/list-public-pps.ts';
import type { AppDeps } from '../../../deps.ts';
import type { ApiRouter } from '../lib/api-router.ts';
import { pageBody } from '../lib/pagination.ts';
import { PpsDetail, PpsLijst, PpsParams, PpsQuery, type Pps } from './schema.ts';

export function toPps(p: PpsSummary): Pps {
  return {
    id: p.id, slug: p.slug, naam: p.name, consortium: { id: p.consortium.id, slug: p.consortium.slug, naam: p.consortium.name },
    gemeente: p.municipality ? { code: p.municipality.code, naam: p.municipality.name } : null,
    provincies: p.provinceCodes.map((code) => ({ code, naam: provinceName(code) })),
    sectoren: p.sectorCodes.map((code) => ({ code, naam: sectorName(code, 'nl') })),
    onderwijsniveaus: p.levels, status: p.status, oprichtingsjaar: p.foundedYear, aantalPartners: p.partnerCount, voorbeelddata: p.isIllustrative,
  };
}

export function registerPps(api: ApiRouter, { db }: AppDeps): void {
  const ctx = { db, actor: null };
  api.tag('Pps', "Publiek-private samenwerkingen (pps'en) van onderwijs en bedrijfsleven in de consortia.");
  api.get({
    path: '/pps', operationId: 'lijstPps', tag: 'Pps',
    summary: "Pps'en",
    description: "Alle pps'en van de consortia; te filteren op consortium, provincie, sector en status, te sorteren en per pagina.",
    query: PpsQuery, response: PpsLijst,
    handler: async ({ query, c }) => {
      const filter = { consortiumId: query.consortium, provinceCode: query.provincie, sectorCode: query.sector, status: query.status };
      return pageBody(c, 'pps', query, await listPublicPps(ctx, { filter, sort: query.sorteer, page: { page: query.pagina, pageSize: query.paginaGrootte } }), toPps);
    },
  });
  api.get({
    path: '/pps/{id}', operationId: 'haalPps', tag: 'Pps',
    summary: 'Eén pps',
    description: 'Een pps met beschrijving, opleidingsdomeinen en de organisaties die nu deelnemen, met hun rol en soort.',
    params: PpsParams, response: PpsDetail, hasNotFound: true,
    handler: async ({ params }) => {
      const p = await getPublicPps(ctx, { id: params.id });
      return {
        ...toPps(p), beschrijving: p.description, beschrijvingEngels: p.descriptionEn || null,
        opleidingsdomeinen: p.disciplineCodes.map((code) => ({ code, naam: disciplineName(code, 'nl') })),
        organisaties: p.members.map((m) => ({ id: m.id, naam: m.name, rol: m.role, soort: m.type, sinds: m.since })),
        partnersPerSoort: p.byType.map((t) => ({ soort: t.type, aantal: t.count })),
      };
    },
  });
}

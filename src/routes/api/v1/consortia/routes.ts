import { getConsortiumBudget, type ConsortiumBudget } from '../../../../services/public-consortia/get-consortium-budget.ts';
import { getConsortiumProgress, type TargetProgress } from '../../../../services/public-consortia/get-consortium-progress.ts';
import { getPublicConsortium } from '../../../../services/public-consortia/get-public-consortium.ts';
import type { ConsortiumSummary } from '../../../../services/public-consortia/consortium-facts.ts';
import { listConsortiumPartners } from '../../../../services/public-consortia/list-consortium-partners.ts';
import { listPublicConsortia } from '../../../../services/public-consortia/list-public-consortia.ts';
import { listPublicPps } from '../../../../services/public-consortia/list-public-pps.ts';
import { disciplineName, provinceName, sectorName } from '../../../../domain/public/code-names.ts';
import type { AppDeps } from '../../../deps.ts';
import type { ApiRouter } from '../lib/api-router.ts';
import { pageBody } from '../lib/pagination.ts';
import { toPps } from '../pps/routes.ts';
import { ConsortiumPpsQuery, PpsLijst } from '../pps/schema.ts';
import { ConsortiaQuery, ConsortiumDetail, ConsortiumLijst, ConsortiumParams, type Consortium } from './schema.ts';

export function toConsortium(c: ConsortiumSummary): Consortium {
  return {
    id: c.id, slug: c.slug, naam: c.name, penvoerder: { id: c.leadOrganisation.id, naam: c.leadOrganisation.name },
    provincies: c.provinceCodes.map((code) => ({ code, naam: provinceName(code) })),
    sectoren: c.sectorCodes.map((code) => ({ code, naam: sectorName(code, 'nl') })),
    toegekendBedrag: c.awardedAmount, aantalPps: c.ppsCount, aantalPartners: c.partnerCount, voorbeelddata: c.isIllustrative,
  };
}

const toBegroting = (b: ConsortiumBudget) => ({
  begroot: b.planned, gerealiseerd: b.realised,
  perActielijn: b.actionLines.map((l) => ({ code: l.code, naam: l.nameNl, begroot: l.planned, gerealiseerd: l.realised })),
  perJaar: b.years.map((y) => ({ jaar: y.year, begroot: y.plannedTotal, gerealiseerd: y.realisedTotal, perBron: y.planned })),
});

const toVoortgang = (p: TargetProgress) => ({
  indicator: { code: p.indicator.code, naam: p.indicator.nameNl, eenheid: p.indicator.unit },
  nulmeting: p.baselineValue, nulmetingJaar: p.baselineYear, laatsteWaarde: p.latest?.value ?? null, laatsteJaar: p.latest?.year ?? null,
  doel: p.targetValue, doelJaar: p.targetYear, aandeelGerealiseerd: p.realisedShare,
});

export function registerConsortia(api: ApiRouter, { db }: AppDeps): void {
  const ctx = { db, actor: null };
  api.tag('Consortia', "De consortia (HIP's) en hun pps'en.");
  api.get({
    path: '/consortia', operationId: 'lijstConsortia', tag: 'Consortia',
    summary: 'Consortia',
    description: "De consortia van de regeling met toegekend bedrag, aantal pps'en en aantal partners; te filteren op provincie en sector, te sorteren en per pagina.",
    query: ConsortiaQuery, response: ConsortiumLijst,
    handler: async ({ query, c }) => pageBody(c, 'consortia', query, await listPublicConsortia(ctx, {
      filter: { provinceCode: query.provincie, sectorCode: query.sector }, sort: query.sorteer, page: { page: query.pagina, pageSize: query.paginaGrootte },
    }), toConsortium),
  });
  api.get({
    path: '/consortia/{id}', operationId: 'haalConsortium', tag: 'Consortia',
    summary: 'Eén consortium',
    description: 'Een consortium met beschrijving, partners per soort, begroting en realisatie per actielijn en jaar, en de voortgang naar de doelen. Realisatie komt alleen uit goedgekeurde voortgangsrapportages.',
    params: ConsortiumParams, response: ConsortiumDetail, hasNotFound: true,
    handler: async ({ params }) => {
      const c = await getPublicConsortium(ctx, { id: params.id });
      const [partners, budget, progress] = await Promise.all([
        listConsortiumPartners(ctx, { consortiumId: c.id, page: { page: 1, pageSize: 1 } }),
        getConsortiumBudget(ctx, { consortiumId: c.id }),
        getConsortiumProgress(ctx, { consortiumId: c.id }),
      ]);
      return {
        ...toConsortium(c), beschrijving: c.description, beschrijvingEngels: c.descriptionEn || null, onderwijsniveaus: c.levels,
        opleidingsdomeinen: c.disciplineCodes.map((code) => ({ code, naam: disciplineName(code, 'nl') })),
        partnersPerSoort: partners.byType.map((t) => ({ soort: t.type, aantal: t.count })),
        begroting: toBegroting(budget), doelen: progress.map(toVoortgang),
      };
    },
  });
  api.get({
    path: '/consortia/{id}/pps', operationId: 'lijstPpsVanConsortium', tag: 'Consortia',
    summary: "Pps'en van een consortium",
    description: "De pps'en van één consortium; te filteren op provincie, sector en status, te sorteren en per pagina.",
    params: ConsortiumParams, query: ConsortiumPpsQuery, response: PpsLijst, hasNotFound: true,
    handler: async ({ params, query, c }) => {
      // An unknown consortium is a 404, not an empty list.
      const consortium = await getPublicConsortium(ctx, { id: params.id });
      const filter = { consortiumId: consortium.id, provinceCode: query.provincie, sectorCode: query.sector, status: query.status };
      return pageBody(c, 'pps', query, await listPublicPps(ctx, { filter, sort: query.sorteer, page: { page: query.pagina, pageSize: query.paginaGrootte } }), toPps);
    },
  });
}

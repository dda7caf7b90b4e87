import { getOrganisation } from '../../../../services/organisations/get-organisation.ts';
import { listOrganisations } from '../../../../services/organisations/list-organisations.ts';
import type { OrganisationSummary } from '../../../../services/organisations/public-organisation.ts';
import type { AppDeps } from '../../../deps.ts';
import type { ApiRouter } from '../lib/api-router.ts';
import { pageBody } from '../lib/pagination.ts';
import { OrganisatieDetail, OrganisatieLijst, OrganisatieParams, OrganisatiesQuery, type Organisatie } from './schema.ts';

const place = (p: { code: string; name: string } | null) => (p ? { code: p.code, naam: p.name } : null);

export function toOrganisatie(o: OrganisationSummary): Organisatie {
  return {
    id: o.id, naam: o.name, soort: o.kind, onderwijsniveau: o.educationLevel, grootte: o.companySize, overheidsniveau: o.governmentLevel,
    kvkNummer: o.kvkNumber, brinCode: o.brinCode, oin: o.oin, website: o.website,
    gemeente: place(o.municipality), provincie: place(o.province), aantalPps: o.ppsCount, voorbeelddata: o.isIllustrative,
  };
}

export function registerOrganisaties(api: ApiRouter, { db }: AppDeps): void {
  const ctx = { db, actor: null };
  api.tag('Organisaties', "Onderwijsinstellingen, bedrijven, overheden en andere partijen in de pps'en; alleen openbare gegevens.");
  api.get({
    path: '/organisaties', operationId: 'lijstOrganisaties', tag: 'Organisaties',
    summary: 'Organisaties zoeken',
    description: 'Alle organisaties, te filteren op soort, grootte, onderwijsniveau, provincie en naam, te sorteren en per pagina.',
    query: OrganisatiesQuery, response: OrganisatieLijst,
    handler: async ({ query, c }) => {
      const page = { page: query.pagina, pageSize: query.paginaGrootte };
      const filter = { kind: query.soort, companySize: query.grootte, educationLevel: query.onderwijsniveau, provinceCode: query.provincie, nameContains: query.naam };
      return pageBody(c, 'organisaties', query, await listOrganisations(ctx, { filter, sort: query.sorteer, page }), toOrganisatie);
    },
  });
  api.get({
    path: '/organisaties/{id}', operationId: 'haalOrganisatie', tag: 'Organisaties',
    summary: 'Eén organisatie',
    description: "Een organisatie met de pps'en waarin zij deelneemt.",
    params: OrganisatieParams, response: OrganisatieDetail, hasNotFound: true,
    handler: async ({ params }) => {
      const o = await getOrganisation(ctx, params.id);
      return {
        ...toOrganisatie(o),
        lidmaatschappen: o.memberships.map((m) => ({
          pps: { id: m.ppsId, naam: m.ppsName }, consortiumId: m.consortiumId, rol: m.role, sinds: m.since, tot: m.until,
        })),
      };
    },
  });
}

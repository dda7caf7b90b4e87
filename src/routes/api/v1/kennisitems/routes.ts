import { searchKnowledgeItems, type KnowledgeHit } from '../../../../services/knowledge/search-knowledge-items.ts';
import { listProgrammeFacts } from '../../../../services/knowledge/list-programme-facts.ts';
import type { FacetValue } from '../../../../services/knowledge/list-facets.ts';
import type { AppDeps } from '../../../deps.ts';
import type { ApiRouter } from '../lib/api-router.ts';
import { pageBody } from '../lib/pagination.ts';
import { KennisitemLijst, KennisitemsQuery, ProgrammaFeiten } from './schema.ts';

const KIND_NAMES: Record<string, string> = { publicatie: 'Publicatie', nieuws: 'Nieuws', evenement: 'Evenement', goede_praktijk: 'Goed voorbeeld' };

function toKennisitem(item: KnowledgeHit) {
  return {
    slug: item.slug, soort: item.kind, titel: item.title, samenvatting: item.summary, bronnen: item.sourceTags, gepubliceerdOp: item.publishedOn,
    begin: item.startsAt?.toISOString() ?? null, einde: item.endsAt?.toISOString() ?? null, leestijdMinuten: item.readingMinutes,
    score: item.rank, fragment: item.snippet.map((p) => ({ tekst: p.text, treffer: p.isHit })), _links: { html: { href: `/kennisbank/${item.slug}` } },
    voorbeelddata: item.isIllustrative,
  };
}
const facet = (values: FacetValue[]) => values.map((v) => ({ waarde: v.value, naam: v.nameNl, aantal: v.count }));

export function registerKennisitems(api: ApiRouter, { db }: AppDeps): void {
  const ctx = { db, actor: null };
  api.tag('Kennisitems', 'Publicaties, nieuws, evenementen en goede voorbeelden uit het kennisprogramma; zoeken met Nederlandse stamming.');
  api.get({
    path: '/kennisitems', operationId: 'zoekKennisitems', tag: 'Kennisitems',
    summary: 'Kennisitems zoeken',
    description: 'Gepubliceerde kennisitems. Met `q` gerangschikt op relevantie (ts_rank, Nederlandse tekstzoekconfiguratie) met een fragment waarin de treffers zijn gemarkeerd; zonder `q` het nieuwste eerst. Facetten tellen binnen dezelfde zoekopdracht.',
    query: KennisitemsQuery, response: KennisitemLijst,
    handler: async ({ query, c }) => {
      const filter = { q: query.q, kind: query.soort, actionLine: query.actielijn, sector: query.sector, province: query.provincie, year: query.jaar };
      const result = await searchKnowledgeItems(ctx, { filter, page: { page: query.pagina, pageSize: query.paginaGrootte } });
      const f = result.facets;
      return {
        ...pageBody(c, 'kennisitems', query, result, toKennisitem),
        facetten: {
          soort: f.kind.map((k) => ({ waarde: k.value, naam: KIND_NAMES[k.value] ?? k.value, aantal: k.count })),
          actielijn: facet(f.actionLine), sector: facet(f.sector), provincie: facet(f.province),
          jaar: f.year.map((y) => ({ waarde: String(y.value), naam: String(y.value), aantal: y.count })),
        },
      };
    },
  });
  api.tag('Programmafeiten', 'Gepubliceerde kengetallen over de regeling (niet berekend), elk met bron en datum.');
  api.get({
    path: '/programmafeiten', operationId: 'lijstProgrammafeiten', tag: 'Programmafeiten',
    summary: 'Gepubliceerde kengetallen',
    description: "De startpositie en ambitie van de regeling zoals gepubliceerd (400+ pps'en, 12.000 bedrijven, ...), met bron en datum; berekende cijfers staan onder /kerncijfers.",
    response: ProgrammaFeiten,
    handler: async () => ({
      feiten: (await listProgrammeFacts(ctx)).map((f) => ({
        code: f.code, waarde: f.value, eenheid: f.unit, omschrijving: f.labelNl, bron: f.source, bronUrl: f.sourceUrl, bronDatum: f.sourceDate,
      })),
    }),
  });
}

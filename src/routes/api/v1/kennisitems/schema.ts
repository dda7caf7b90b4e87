import { z } from 'zod';
import { KNOWLEDGE_KINDS } from '../../../../db/schema/index.ts';
import { illustrative } from '../lib/common-schemas.ts';
import { component } from '../lib/components.ts';
import { PageLinks, pageQuery } from '../lib/pagination.ts';

const Snippet = component('Fragment', z.object({
  tekst: z.string().meta({ description: 'Een stuk tekst.', example: 'Het ' }),
  treffer: z.boolean().meta({ description: 'Dit stuk is een treffer van de zoekwoorden.', example: false }),
}).meta({ description: 'Een stuk van het tekstfragment; treffers zijn gemarkeerd, zonder HTML.' }));

export const Kennisitem = component('Kennisitem', z.object({
  slug: z.string().meta({ description: 'Sleutel van het item in het adres.', example: 'landelijke-kennisdag-opschaling-pps' }),
  soort: z.enum(KNOWLEDGE_KINDS).meta({ description: 'Soort item.', example: 'nieuws' }),
  titel: z.string().meta({ description: 'Titel (Nederlands).', example: 'Vijftien PPS-projecten krijgen subsidie van Nationaal Groeifonds' }),
  samenvatting: z.string().meta({ description: 'Korte inleiding (Nederlands).', example: 'Vijftien samenwerkingsverbanden hebben subsidie ontvangen.' }),
  bronnen: z.array(z.string()).meta({ description: 'Bronlabels.', example: ['Katapult', 'Nationaal Groeifonds'] }),
  gepubliceerdOp: z.iso.date().meta({ description: 'Publicatiedatum.', example: '2023-09-26' }),
  begin: z.string().nullable().meta({ description: 'Begin van een evenement (ISO 8601).', example: null }),
  einde: z.string().nullable().meta({ description: 'Einde van een evenement (ISO 8601).', example: null }),
  leestijdMinuten: z.number().int().min(1).meta({ description: 'Leestijd in hele minuten, berekend uit de tekst.', example: 1 }),
  score: z.number().nullable().meta({ description: 'Relevantie (ts_rank) bij zoeken op woorden, anders leeg.', example: 0.6 }),
  fragment: z.array(Snippet).meta({ description: 'Tekstfragment met de treffers, alleen bij zoeken op woorden.' }),
  _links: z.object({ html: z.object({ href: z.string() }) }).meta({ description: 'De pagina van het item.' }),
  voorbeelddata: illustrative,
}).meta({ description: 'Een kennisitem: publicatie, nieuws, evenement of goed voorbeeld.' }));

const FacetValue = component('FacetWaarde', z.object({
  waarde: z.string().meta({ description: 'Waarde om op te filteren.', example: 'AL1' }),
  naam: z.string().meta({ description: 'Naam.', example: 'Versterken van ketens en ecosystemen' }),
  aantal: z.number().int().min(0).meta({ description: 'Aantal items met deze waarde binnen de zoekopdracht.', example: 3 }),
}).meta({ description: 'Eén waarde van een facet met het aantal items.' }));

const Facets = component('KennisFacetten', z.object({
  soort: z.array(FacetValue).meta({ description: 'Aantallen per soort item.' }),
  actielijn: z.array(FacetValue).meta({ description: 'Aantallen per actielijn (code).' }),
  sector: z.array(FacetValue).meta({ description: 'Aantallen per sector (code).' }),
  provincie: z.array(FacetValue).meta({ description: 'Aantallen per provincie (CBS-code).' }),
  jaar: z.array(FacetValue).meta({ description: 'Aantallen per publicatiejaar.' }),
}).meta({ description: 'Aantallen per soort, actielijn, sector, provincie en jaar binnen de zoekopdracht.' }));

// The collection envelope of every list (HAL, see pagination.ts) plus the facets of the search.
export const KennisitemLijst = component('KennisitemLijst', z.object({
  _links: PageLinks,
  _embedded: z.object({ kennisitems: z.array(Kennisitem) }).meta({ description: 'De resultaten op deze pagina.' }),
  totaal: z.number().int().min(0).meta({ description: "Aantal resultaten over alle pagina's.", example: 12 }),
  pagina: z.number().int().min(1).meta({ description: 'Nummer van deze pagina.', example: 1 }),
  paginaGrootte: z.number().int().min(1).meta({ description: 'Maximaal aantal resultaten per pagina.', example: 20 }),
  aantalPaginas: z.number().int().min(0).meta({ description: "Aantal pagina's.", example: 1 }),
  facetten: Facets.meta({ description: 'Facetten van deze zoekopdracht.' }),
}).meta({ description: 'Een pagina kennisitems, gerangschikt op relevantie bij zoekwoorden, met facetten.' }));

export const KennisitemsQuery = z.object({
  ...pageQuery,
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'Zoekwoorden (Nederlandse stamming: "samenwerkingsverbanden" vindt ook "samenwerkingsverband"). Ondersteunt "zinnen" en -uitsluiten.', example: 'samenwerkingsverbanden' }),
  soort: z.enum(KNOWLEDGE_KINDS).optional().meta({ description: 'Alleen items van deze soort.', example: 'publicatie' }),
  actielijn: z.string().regex(/^[A-Z0-9_-]{1,20}$/, 'api.actionLineUse').optional().meta({ description: 'Code van een actielijn.', example: 'AL1' }),
  sector: z.string().regex(/^[a-z0-9_-]{1,40}$/, 'api.sectorUse').optional().meta({ description: 'Code van een sector.', example: 'energie' }),
  provincie: z.string().regex(/^PV\d{2}$/, 'api.provinceUse').optional().meta({ description: 'CBS-code van een provincie.', example: 'PV26' }),
  jaar: z.coerce.number().int().min(2000).max(2100).optional().meta({ description: 'Publicatiejaar.', example: 2025 }),
});

export const ProgrammaFeit = component('ProgrammaFeit', z.object({
  code: z.string().meta({ description: 'Code van het feit.', example: 'students' }),
  waarde: z.number().meta({ description: 'Waarde.', example: 124000 }),
  eenheid: z.string().meta({ description: 'euro, aantal, aantal_minimaal (ten minste) of factor.', example: 'aantal' }),
  omschrijving: z.string().meta({ description: 'Omschrijving (Nederlands).', example: 'studenten' }),
  bron: z.string().meta({ description: 'De gepubliceerde bron.', example: 'Katapult, "Diversiteit in beeld"' }),
  bronUrl: z.string().nullable().meta({ description: 'Adres van de bron.', example: 'https://wijzijnkatapult.nl' }),
  bronDatum: z.iso.date().meta({ description: 'Datum van de bron.', example: '2023-07-06' }),
}).meta({ description: 'Een gepubliceerd kengetal over de regeling, met bron en datum; niet berekend.' }));
export const ProgrammaFeiten = component('ProgrammaFeiten', z.object({
  feiten: z.array(ProgrammaFeit).meta({ description: 'De feiten in volgorde.' }),
}).meta({ description: 'Gepubliceerde kengetallen over de regeling.' }));

import { z } from 'zod';
import { COMPANY_SIZES, EDUCATION_LEVELS, GOVERNMENT_LEVELS, MEMBERSHIP_ROLES, ORGANISATION_KINDS } from '../../../../domain/enums.ts';
import { PROVINCES } from '../../../../domain/code-lists.ts';
import { illustrative } from '../lib/common-schemas.ts';
import { component } from '../lib/components.ts';
import { pageQuery, paginated, sortQuery } from '../lib/pagination.ts';
import { MAX_INT4 } from '../../../../domain/input/safe-input.ts';

export const Place = component('Plaats', z.object({
  code: z.string().meta({ description: 'CBS-code.', example: 'PV26' }),
  naam: z.string().meta({ description: 'Naam.', example: 'Utrecht' }),
}).meta({ description: 'Gemeente of provincie met CBS-code.' }));

// Public fields only: no contact persons, no e-mail addresses.
export const Organisatie = component('Organisatie', z.object({
  id: z.number().int().min(1).meta({ description: 'Id van de organisatie.', example: 17 }),
  naam: z.string().meta({ description: 'Naam van de organisatie.', example: 'ROC Utrecht' }),
  soort: z.enum(ORGANISATION_KINDS).meta({ description: 'Soort organisatie.', example: 'onderwijsinstelling' }),
  onderwijsniveau: z.enum(EDUCATION_LEVELS).nullable().meta({ description: 'Onderwijsniveau, alleen bij onderwijsinstellingen.', example: 'mbo' }),
  grootte: z.enum(COMPANY_SIZES).nullable().meta({ description: 'mkb of groot, alleen bij bedrijven.', example: null }),
  overheidsniveau: z.enum(GOVERNMENT_LEVELS).nullable().meta({ description: 'Bestuurslaag, alleen bij overheden.', example: null }),
  kvkNummer: z.string().nullable().meta({ description: 'Nummer in het Handelsregister van de KvK (8 cijfers).', example: '30123456' }),
  brinCode: z.string().nullable().meta({ description: 'BRIN/RIO-code van een onderwijsinstelling.', example: '25PJ' }),
  oin: z.string().nullable().meta({ description: 'Organisatie-identificatienummer van een overheidsorganisatie (20 cijfers).', example: null }),
  website: z.string().nullable().meta({ description: 'Website.', example: null }),
  gemeente: Place.nullable().meta({ description: 'Vestigingsgemeente.' }),
  provincie: Place.nullable().meta({ description: 'Provincie van vestiging; leeg bij landelijke organisaties.' }),
  aantalPps: z.number().int().min(0).meta({ description: "Aantal pps'en waarin de organisatie deelneemt.", example: 4 }),
  voorbeelddata: illustrative,
}).meta({ description: 'Een organisatie die deelneemt aan pps\'en: onderwijsinstelling, bedrijf, overheid of andere partij.' }));
export type Organisatie = z.infer<typeof Organisatie>;

const Membership = component('Lidmaatschap', z.object({
  pps: z.object({
    id: z.number().int().min(1).meta({ description: 'Id van de pps.', example: 12 }),
    naam: z.string().meta({ description: 'Naam van de pps.', example: 'Smart Industry Hub Utrecht' }),
  }).meta({ description: 'De pps.' }),
  consortiumId: z.number().int().nullable().meta({ description: 'Id van het consortium waar de pps bij hoort.', example: 3 }),
  rol: z.enum(MEMBERSHIP_ROLES).meta({ description: 'Rol van de organisatie in de pps.', example: 'partner' }),
  sinds: z.iso.date().meta({ description: 'Begindatum van het lidmaatschap.', example: '2021-09-01' }),
  tot: z.iso.date().nullable().meta({ description: 'Einddatum; leeg zolang het loopt.', example: null }),
}).meta({ description: 'Deelname van een organisatie aan een pps.' }));

export const OrganisatieDetail = component('OrganisatieDetail', Organisatie.extend({
  lidmaatschappen: z.array(Membership).meta({ description: "De pps'en waarin de organisatie deelneemt." }),
}).meta({ description: 'Een organisatie met haar lidmaatschappen van pps\'en.' }));

export const OrganisatieLijst = paginated('OrganisatieLijst', 'organisaties', Organisatie, 'Een pagina organisaties.');

const PROVINCE_CODES = PROVINCES.map((p) => p.code) as [string, ...string[]];

export const OrganisatiesQuery = z.object({
  ...pageQuery,
  sorteer: sortQuery({ naam: 'name', soort: 'kind', aantalPps: 'ppsCount' } as const, 'naam'),
  soort: z.enum(ORGANISATION_KINDS).optional().meta({ description: 'Alleen organisaties van deze soort.', example: 'bedrijf' }),
  grootte: z.enum(COMPANY_SIZES).optional().meta({ description: 'Alleen bedrijven van deze grootte.', example: 'mkb' }),
  onderwijsniveau: z.enum(EDUCATION_LEVELS).optional().meta({ description: 'Alleen onderwijsinstellingen van dit niveau.', example: 'mbo' }),
  provincie: z.enum(PROVINCE_CODES).optional().meta({ description: 'Alleen organisaties in deze provincie (CBS-code).', example: 'PV26' }),
  naam: z.string().trim().min(2).max(100).optional().meta({ description: 'Zoek in de naam (hoofdletters maken niet uit).', example: 'college' }),
});

export const OrganisatieParams = z.object({ id: z.coerce.number().int().min(1).max(MAX_INT4).meta({ description: 'Id van de organisatie.', example: 17 }) });

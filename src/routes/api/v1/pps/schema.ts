import { z } from 'zod';
import { MEMBERSHIP_ROLES, PPS_STATUSES } from '../../../../domain/enums.ts';
import { consortiumFilter, idParam, illustrative } from '../lib/common-schemas.ts';
import { component } from '../lib/components.ts';
import { pageQuery, paginated, sortQuery } from '../lib/pagination.ts';
import { Place } from '../organisaties/schema.ts';
import { Code, levels, PartnerSoortAantal, partnerType, provinceFilter, sectorFilter } from '../consortia/shared-schemas.ts';

const ConsortiumVanPps = component('ConsortiumVanPps', z.object({
  id: z.number().int().min(1).meta({ description: 'Id van het consortium.', example: 3 }),
  slug: z.string().meta({ description: 'Naam in het adres van de consortiumpagina.', example: 'energieke-regio-noord' }),
  naam: z.string().meta({ description: 'Naam van het consortium.', example: 'Energieke Regio Noord' }),
}).meta({ description: 'Het consortium waar de pps bij hoort.' }));

export const Pps = component('Pps', z.object({
  id: z.number().int().min(1).meta({ description: 'Id van de pps.', example: 12 }),
  slug: z.string().meta({ description: 'Naam in het adres van de pagina op de website: /pps/{slug}.', example: 'smart-industry-hub-utrecht' }),
  naam: z.string().meta({ description: 'Naam van de pps.', example: 'Smart Industry Hub Utrecht' }),
  consortium: ConsortiumVanPps,
  gemeente: Place.nullable().meta({ description: 'Gemeente waar de pps gevestigd is.' }),
  provincies: z.array(Place).meta({ description: 'Provincies van de pps.' }),
  sectoren: z.array(Code).meta({ description: 'Sectoren van de pps.' }),
  onderwijsniveaus: levels,
  status: z.enum(PPS_STATUSES).meta({ description: 'actief of verduurzaamd (zelfstandig verder na de financiering).', example: 'actief' }),
  oprichtingsjaar: z.number().int().meta({ description: 'Jaar van oprichting.', example: 2019 }),
  aantalPartners: z.number().int().min(0).meta({ description: 'Aantal organisaties dat nu deelneemt.', example: 27 }),
  voorbeelddata: illustrative,
}).meta({ description: 'Een publiek-private samenwerking (pps) van onderwijs en bedrijfsleven.' }));
export type Pps = z.infer<typeof Pps>;

const PpsOrganisatie = component('PpsOrganisatie', z.object({
  id: z.number().int().min(1).meta({ description: 'Id van de organisatie.', example: 17 }),
  naam: z.string().meta({ description: 'Naam van de organisatie.', example: 'ROC Utrecht' }),
  rol: z.enum(MEMBERSHIP_ROLES).meta({ description: 'Rol in de pps.', example: 'penvoerder' }),
  soort: partnerType,
  sinds: z.iso.date().meta({ description: 'Begindatum van de deelname.', example: '2019-09-01' }),
}).meta({ description: 'Een organisatie die nu deelneemt aan de pps.' }));

export const PpsDetail = component('PpsDetail', Pps.extend({
  beschrijving: z.string().meta({ description: 'Beschrijving van de pps.', example: 'Voorbeelddata: samenwerking in Utrecht.' }),
  beschrijvingEngels: z.string().nullable().meta({ description: 'Beschrijving in het Engels; leeg (null) als die er niet is.', example: 'Illustrative data: working together in Utrecht.' }),
  opleidingsdomeinen: z.array(Code).meta({ description: 'Opleidingsdomeinen die de pps combineert.' }),
  organisaties: z.array(PpsOrganisatie).meta({ description: 'Huidige deelnemers, penvoerder eerst.' }),
  partnersPerSoort: z.array(PartnerSoortAantal).meta({ description: 'Aantal deelnemers per soort.' }),
}).meta({ description: 'Een pps met haar deelnemende organisaties.' }));

export const PpsLijst = paginated('PpsLijst', 'pps', Pps, "Een pagina pps'en.");

export const ppsSortFields = { naam: 'name', consortium: 'consortium', gemeente: 'municipality', oprichtingsjaar: 'foundedYear', aantalPartners: 'partnerCount' } as const;
const ppsFilters = {
  provincie: provinceFilter("Alleen pps'en in deze provincie (CBS-code)."),
  sector: sectorFilter("Alleen pps'en in deze sector (code)."),
  status: z.enum(PPS_STATUSES).optional().meta({ description: "Alleen pps'en met deze status.", example: 'actief' }),
};
export const PpsQuery = z.object({ ...pageQuery, sorteer: sortQuery(ppsSortFields, 'naam'), consortium: consortiumFilter, ...ppsFilters });
export const ConsortiumPpsQuery = z.object({ ...pageQuery, sorteer: sortQuery(ppsSortFields, 'naam'), ...ppsFilters });
export const PpsParams = z.object({ id: idParam('Id van de pps.') });

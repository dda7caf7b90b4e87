import { z } from 'zod';
import { FUNDING_SOURCES } from '../../../../domain/enums.ts';
import { IndicatorRef, idParam, illustrative } from '../lib/common-schemas.ts';
import { component } from '../lib/components.ts';
import { pageQuery, paginated, sortQuery } from '../lib/pagination.ts';
import { Place } from '../organisaties/schema.ts';
import { Code, levels, OrganisatieVerwijzing, PartnerSoortAantal, provinceFilter, sectorFilter } from './shared-schemas.ts';

const euro = (description: string, example: number) => z.number().int().min(0).meta({ description, example });

export const Consortium = component('Consortium', z.object({
  id: z.number().int().min(1).meta({ description: 'Id van het consortium.', example: 3 }),
  slug: z.string().meta({ description: 'Naam in het adres van de pagina op de website: /consortia/{slug}.', example: 'energieke-regio-noord' }),
  naam: z.string().meta({ description: 'Naam van het consortium.', example: 'Energieke Regio Noord' }),
  penvoerder: OrganisatieVerwijzing,
  provincies: z.array(Place).meta({ description: 'Provincies waarin het consortium werkt.' }),
  sectoren: z.array(Code).meta({ description: 'Sectoren van het consortium.' }),
  toegekendBedrag: euro('Toegekend bedrag uit het Nationaal Groeifonds in euro.', 8_200_000),
  aantalPps: z.number().int().min(0).meta({ description: "Aantal pps'en in het consortium.", example: 20 }),
  aantalPartners: z.number().int().min(0).meta({ description: "Aantal verschillende organisaties dat nu deelneemt aan een van de pps'en.", example: 412 }),
  voorbeelddata: illustrative,
}).meta({ description: 'Een consortium (HIP): een samenwerking van pps\'en met één toekenning.' }));
export type Consortium = z.infer<typeof Consortium>;

const BegrotingActielijn = component('BegrotingPerActielijn', z.object({
  code: z.string().meta({ description: 'Code van de actielijn.', example: 'AL1' }),
  naam: z.string().meta({ description: 'Naam van de actielijn.', example: 'Versterken van ketens en ecosystemen' }),
  begroot: euro('Begroot bedrag in euro over alle jaren en bronnen.', 2_400_000),
  gerealiseerd: euro('Besteed bedrag in euro volgens goedgekeurde voortgangsrapportages.', 610_000),
}).meta({ description: 'Begroting en realisatie van één actielijn.' }));

const BegrotingJaar = component('BegrotingPerJaar', z.object({
  jaar: z.number().int().meta({ description: 'Jaar.', example: 2024 }),
  begroot: euro('Begroot bedrag in euro in dat jaar.', 1_900_000),
  gerealiseerd: euro('Besteed bedrag in euro volgens de goedgekeurde voortgangsrapportage van dat jaar (0 als die er niet is).', 1_750_000),
  perBron: z.object(Object.fromEntries(FUNDING_SOURCES.map((s) => [s, euro(`Begroot bedrag in euro uit bron ${s}.`, 400_000)])) as Record<(typeof FUNDING_SOURCES)[number], z.ZodNumber>)
    .meta({ description: 'Begroot bedrag per financieringsbron.' }),
}).meta({ description: 'Begroting van één jaar, per financieringsbron.' }));

const Begroting = component('ConsortiumBegroting', z.object({
  begroot: euro('Totaal begroot bedrag in euro (som van de begrotingsregels).', 19_500_000),
  gerealiseerd: euro('Totaal besteed bedrag in euro volgens goedgekeurde voortgangsrapportages.', 4_100_000),
  perActielijn: z.array(BegrotingActielijn).meta({ description: 'Per actielijn.' }),
  perJaar: z.array(BegrotingJaar).meta({ description: 'Per jaar en financieringsbron.' }),
}).meta({ description: 'Begroting en realisatie van het consortium.' }));

const Voortgang = component('DoelVoortgang', z.object({
  indicator: IndicatorRef,
  nulmeting: z.number().min(0).meta({ description: 'Waarde bij de nulmeting.', example: 600 }),
  nulmetingJaar: z.number().int().meta({ description: 'Jaar van de nulmeting.', example: 2022 }),
  laatsteWaarde: z.number().min(0).nullable().meta({ description: 'Laatste waarde uit een goedgekeurde voortgangsrapportage; leeg als die er niet is.', example: 1100 }),
  laatsteJaar: z.number().int().nullable().meta({ description: 'Jaar van de laatste goedgekeurde waarde.', example: 2024 }),
  doel: z.number().min(0).meta({ description: 'Streefwaarde.', example: 1800 }),
  doelJaar: z.number().int().meta({ description: 'Jaar van de streefwaarde.', example: 2027 }),
  aandeelGerealiseerd: z.number().nullable().meta({ description: 'Deel van de beoogde groei (nulmeting naar doel) dat gerealiseerd is, als fractie (0,5 is 50%).', example: 0.42 }),
}).meta({ description: 'Voortgang naar het doel van één indicator.' }));

export const ConsortiumDetail = component('ConsortiumDetail', Consortium.extend({
  beschrijving: z.string().meta({ description: 'Beschrijving van het consortium.', example: 'Voorbeelddata: samenwerking in de energietransitie.' }),
  beschrijvingEngels: z.string().nullable().meta({ description: 'Beschrijving in het Engels; leeg (null) als die er niet is.', example: 'Illustrative data: working together on the energy transition.' }),
  onderwijsniveaus: levels,
  opleidingsdomeinen: z.array(Code).meta({ description: "Opleidingsdomeinen van de pps'en van het consortium." }),
  partnersPerSoort: z.array(PartnerSoortAantal).meta({ description: 'Aantal partners per soort.' }),
  begroting: Begroting,
  doelen: z.array(Voortgang).meta({ description: 'Doelen met voortgang per indicator.' }),
}).meta({ description: 'Een consortium met beschrijving, partners per soort, begroting en voortgang naar de doelen.' }));
export type ConsortiumDetail = z.infer<typeof ConsortiumDetail>;

export const ConsortiumLijst = paginated('ConsortiumLijst', 'consortia', Consortium, 'Een pagina consortia.');

export const consortiumSortFields = { naam: 'name', aantalPps: 'ppsCount', toegekendBedrag: 'awardedAmount', aantalPartners: 'partnerCount' } as const;
export const ConsortiaQuery = z.object({
  ...pageQuery,
  sorteer: sortQuery(consortiumSortFields, 'naam'),
  provincie: provinceFilter('Alleen consortia die in deze provincie werken (CBS-code).'),
  sector: sectorFilter('Alleen consortia in deze sector (code).'),
});

export const ConsortiumParams = z.object({ id: idParam('Id van het consortium.') });

import { z } from 'zod';
import { FUNDING_SOURCES } from '../../../../domain/enums.ts';
import { consortiumFilter, ConsortiumRef, illustrative, yearFilter } from '../lib/common-schemas.ts';
import { component } from '../lib/components.ts';
import { pageQuery, paginated, sortQuery } from '../lib/pagination.ts';

const ActionLineRef = component('ActielijnVerwijzing', z.object({
  code: z.string().meta({ description: 'Code van de actielijn.', example: 'AL2' }),
  naam: z.string().meta({ description: 'Naam van de actielijn.', example: 'Talentontwikkeling van aankomende en huidige werknemers' }),
}).meta({ description: 'De actielijn van deze begrotingsregel.' }));

export const Begrotingsregel = component('Begrotingsregel', z.object({
  id: z.number().int().min(1).meta({ description: 'Id van de begrotingsregel.', example: 101 }),
  consortium: ConsortiumRef,
  actielijn: ActionLineRef,
  jaar: z.number().int().meta({ description: 'Begrotingsjaar.', example: 2024 }),
  bron: z.enum(FUNDING_SOURCES).meta({ description: 'Financieringsbron: NGF-subsidie of cofinanciering door bedrijfsleven, onderwijs, overheid of overig.', example: 'ngf_subsidie' }),
  begroot: z.number().int().min(0).meta({ description: 'Begroot bedrag in euro.', example: 412500 }),
  gerealiseerd: z.number().int().min(0).nullable()
    .meta({ description: 'Besteed bedrag in euro volgens de goedgekeurde voortgangsrapportage van dat jaar; leeg zolang die er niet is.', example: 398020 }),
  voorbeelddata: illustrative,
}).meta({ description: 'Begroting van een consortium per actielijn, jaar en financieringsbron.' }));
export type Begrotingsregel = z.infer<typeof Begrotingsregel>;

export const BegrotingLijst = paginated('BegrotingLijst', 'begrotingen', Begrotingsregel, 'Een pagina begrotingsregels.');

export const BegrotingenQuery = z.object({
  ...pageQuery,
  sorteer: sortQuery({ consortium: 'consortium', actielijn: 'actionLine', jaar: 'year', bron: 'source', begroot: 'plannedAmount' } as const, 'consortium,actielijn,jaar,bron'),
  consortium: consortiumFilter,
  actielijn: z.string().regex(/^[A-Za-z0-9-]+$/, 'api.actionLineCode').optional()
    .meta({ description: 'Alleen deze actielijn (code).', example: 'AL1' }),
  jaar: yearFilter('Alleen dit begrotingsjaar.'),
  bron: z.enum(FUNDING_SOURCES).optional().meta({ description: 'Alleen deze financieringsbron.', example: 'bedrijfsleven' }),
});

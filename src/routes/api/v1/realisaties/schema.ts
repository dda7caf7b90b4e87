import { z } from 'zod';
import { consortiumFilter, ConsortiumRef, illustrative, IndicatorRef, yearFilter } from '../lib/common-schemas.ts';
import { component } from '../lib/components.ts';
import { pageQuery, paginated, sortQuery } from '../lib/pagination.ts';

export const Realisatie = component('Realisatie', z.object({
  id: z.number().int().min(1).meta({ description: 'Id van de gerapporteerde waarde.', example: 305 }),
  consortium: ConsortiumRef,
  indicator: IndicatorRef,
  jaar: z.number().int().meta({ description: 'Rapportagejaar.', example: 2024 }),
  uitsplitsing: z.string().nullable().meta({ description: 'Code van de uitsplitsing; leeg voor het totaal.', example: 'omvang' }),
  categorie: z.string().nullable().meta({ description: 'Categorie binnen de uitsplitsing; leeg voor het totaal.', example: 'mkb' }),
  waarde: z.number().meta({ description: 'Gerapporteerde waarde.', example: 812 }),
  voorbeelddata: illustrative,
}).meta({ description: 'Een waarde uit een goedgekeurde voortgangsrapportage.' }));
export type Realisatie = z.infer<typeof Realisatie>;

export const RealisatieLijst = paginated('RealisatieLijst', 'realisaties', Realisatie, 'Een pagina realisaties.');

export const RealisatiesQuery = z.object({
  ...pageQuery,
  sorteer: sortQuery({ consortium: 'consortium', indicator: 'indicator', jaar: 'year', waarde: 'value' } as const, 'consortium,indicator,jaar'),
  consortium: consortiumFilter,
  indicator: z.string().regex(/^[a-z0-9-]+$/, 'api.indicatorCode').optional()
    .meta({ description: 'Alleen deze indicator (code).', example: 'bedrijven' }),
  jaar: yearFilter('Alleen dit rapportagejaar.'),
  uitsplitsing: z.string().regex(/^[a-z0-9-]+$/, 'api.breakdownUse').optional()
    .meta({ description: '`geen` voor alleen de totalen, of de code van een uitsplitsing (zoals `niveau` of `omvang`) voor alleen die categorieën.', example: 'geen' }),
});

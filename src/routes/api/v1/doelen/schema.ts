import { z } from 'zod';
import { consortiumFilter, ConsortiumRef, illustrative, IndicatorRef } from '../lib/common-schemas.ts';
import { component } from '../lib/components.ts';
import { pageQuery, paginated, sortQuery } from '../lib/pagination.ts';

export const Doel = component('Doel', z.object({
  id: z.number().int().min(1).meta({ description: 'Id van het doel.', example: 21 }),
  consortium: ConsortiumRef,
  indicator: IndicatorRef,
  basiswaarde: z.number().meta({ description: 'Waarde bij de nulmeting.', example: 640 }),
  basisjaar: z.number().int().meta({ description: 'Jaar van de nulmeting.', example: 2023 }),
  streefwaarde: z.number().meta({ description: 'Waarde die het consortium wil bereiken.', example: 1950 }),
  streefjaar: z.number().int().meta({ description: 'Jaar waarin de streefwaarde bereikt moet zijn.', example: 2027 }),
  tussendoelen: z.array(z.object({
    jaar: z.number().int().meta({ description: 'Jaar.', example: 2025 }),
    waarde: z.number().meta({ description: 'Tussendoel voor dat jaar.', example: 1295 }),
  })).meta({ description: 'Tussendoelen per jaar.' }),
  voorbeelddata: illustrative,
}).meta({ description: 'Nulmeting en streefwaarde van een consortium op een indicator.' }));
export type Doel = z.infer<typeof Doel>;

export const DoelLijst = paginated('DoelLijst', 'doelen', Doel, 'Een pagina doelen.');

export const DoelenQuery = z.object({
  ...pageQuery,
  sorteer: sortQuery({ consortium: 'consortium', indicator: 'indicator', streefwaarde: 'targetValue' } as const, 'consortium,indicator'),
  consortium: consortiumFilter,
  indicator: z.string().regex(/^[a-z0-9-]+$/, 'api.indicatorCode').optional()
    .meta({ description: 'Alleen deze indicator (code).', example: 'bedrijven' }),
});

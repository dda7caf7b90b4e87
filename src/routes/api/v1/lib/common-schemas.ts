import { z } from 'zod';
import { component } from './components.ts';
import { MAX_INT4 } from '../../../../domain/input/safe-input.ts';

// Small schemas that several resources share.
export const ConsortiumRef = component('ConsortiumVerwijzing', z.object({
  id: z.number().int().min(1).meta({ description: 'Id van het consortium.', example: 3 }),
  naam: z.string().meta({ description: 'Naam van het consortium.', example: 'Energieke Regio Noord' }),
}).meta({ description: 'Het consortium (HIP) waar dit bij hoort.' }));

export const IndicatorRef = component('IndicatorVerwijzing', z.object({
  code: z.string().meta({ description: 'Code van de indicator.', example: 'bedrijven' }),
  naam: z.string().meta({ description: 'Naam van de indicator.', example: 'Betrokken bedrijven' }),
  eenheid: z.string().meta({ description: 'Eenheid van de waarden.', example: 'bedrijven' }),
}).meta({ description: 'De indicator waar de waarde over gaat.' }));

export const illustrative = z.boolean().meta({ description: 'true als het voorbeelddata is en geen openbaar feit.', example: true });

/** Path parameter `{id}`: a positive whole number. */
export const idParam = (description: string) => z.coerce.number().int().min(1).max(MAX_INT4).meta({ description, example: 1 });

/** Filter on a consortium by its id. */
export const consortiumFilter = z.coerce.number().int().min(1).max(MAX_INT4).optional().meta({ description: 'Alleen dit consortium (id).', example: 3 });

/** Filter on a year. */
export const yearFilter = (description: string) => z.coerce.number().int().min(2000).max(2100).optional().meta({ description, example: 2024 });

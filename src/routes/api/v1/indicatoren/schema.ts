import { z } from 'zod';
import { INDICATOR_KINDS } from '../../../../domain/enums.ts';
import { component } from '../lib/components.ts';
import { pageQuery, paginated } from '../lib/pagination.ts';

const Disaggregation = component('Uitsplitsing', z.object({
  code: z.string().meta({ description: 'Code van de uitsplitsing.', example: 'niveau' }),
  naam: z.string().meta({ description: 'Naam van de uitsplitsing.', example: 'Onderwijsniveau' }),
  categorieen: z.array(z.string()).meta({ description: 'De categorieën.', example: ['vmbo', 'mbo', 'hbo', 'wo'] }),
}).meta({ description: 'Een uitsplitsing van de waarden van een indicator.' }));

export const Indicator = component('Indicator', z.object({
  code: z.string().meta({ description: 'Code van de indicator.', example: 'bedrijven' }),
  positie: z.number().int().min(1).meta({ description: 'Volgorde binnen de regeling.', example: 3 }),
  naam: z.string().meta({ description: 'Naam.', example: 'Betrokken bedrijven' }),
  naamEngels: z.string().meta({ description: 'Naam in het Engels.', example: 'Companies involved' }),
  eenheid: z.string().meta({ description: 'Eenheid van de waarden.', example: 'bedrijven' }),
  soort: z.enum(INDICATOR_KINDS).meta({ description: 'Soort indicator.', example: 'aantal' }),
  cumulatief: z.boolean().meta({ description: 'true als waarden over de jaren optellen (output); false als elk jaar een stand is (bereik).', example: false }),
  bereik: z.boolean().meta({ description: 'true voor bereikindicatoren, waarvoor de ambitie verdrievoudiging is.', example: true }),
  uitsplitsingen: z.array(Disaggregation).meta({ description: 'Uitsplitsingen waarin waarden worden gerapporteerd.' }),
}).meta({ description: 'Een indicator van de regeling.' }));

export type Indicator = z.infer<typeof Indicator>;

export const IndicatorLijst = paginated('IndicatorLijst', 'indicatoren', Indicator, 'Een pagina indicatoren.');
export const IndicatorenQuery = z.object({ ...pageQuery });
export const IndicatorParams = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/, 'api.code').meta({ description: 'Code van de indicator.', example: 'bedrijven' }),
});

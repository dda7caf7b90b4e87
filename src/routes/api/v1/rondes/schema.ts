import { z } from 'zod';
import { ROUND_STATUSES } from '../../../../domain/enums.ts';
import { idParam } from '../lib/common-schemas.ts';
import { component } from '../lib/components.ts';
import { paginated } from '../lib/pagination.ts';

const euro = (description: string, example: number) => z.number().int().min(0).meta({ description, example });

// Public facts of a round only: no scores, motivations, conflict declarations or rejected applicants.
export const Ronde = component('Ronde', z.object({
  id: z.number().int().min(1).meta({ description: 'Id van de ronde.', example: 1 }),
  naam: z.string().meta({ description: 'Naam van de ronde.', example: 'Aanvraagronde 2023' }),
  opent: z.iso.date().meta({ description: 'Eerste dag waarop aanvragen konden worden ingediend.', example: '2023-03-20' }),
  sluit: z.iso.date().meta({ description: 'Laatste dag waarop aanvragen konden worden ingediend.', example: '2023-04-17' }),
  budget: euro('Budget van de ronde in euro.', 210_000_000),
  status: z.enum(ROUND_STATUSES).meta({ description: 'Stand van de ronde.', example: 'afgerond' }),
  aantalAanvragen: z.number().int().min(0).meta({ description: 'Aantal ingediende aanvragen (concepten tellen niet mee).', example: 21 }),
  aantalGehonoreerd: z.number().int().min(0).meta({ description: 'Aantal toegekende aanvragen.', example: 15 }),
  toegekendBedrag: euro('Som van de toegekende bedragen in euro.', 123_000_000),
}).meta({ description: 'Een aanvraagronde van de regeling met haar openbare aantallen.' }));

const Criterium = component('Selectiecriterium', z.object({
  code: z.string().meta({ description: 'Code van het criterium.', example: 'krapte' }),
  naam: z.string().meta({ description: 'Naam van het criterium.', example: 'Daadwerkelijke krapte op de arbeidsmarkt' }),
  naamEngels: z.string().meta({ description: 'Naam in het Engels.', example: 'Actual labour market shortage' }),
  weging: z.number().gt(0).meta({ description: 'Weging in de gewogen score.', example: 1 }),
}).meta({ description: 'Een selectiecriterium waarop de adviescommissie de aanvragen beoordeelde.' }));

const Gehonoreerd = component('GehonoreerdConsortium', z.object({
  consortiumId: z.number().int().min(1).nullable().meta({ description: 'Id van het consortium dat de aanvraag uitvoert.', example: 3 }),
  naam: z.string().meta({ description: 'Naam van het consortium.', example: 'Energieke Regio Noord' }),
  toegekendBedrag: euro('Toegekend bedrag in euro.', 9_000_000),
}).meta({ description: 'Een gehonoreerde aanvraag: het consortium en zijn toekenning.' }));

export const RondeDetail = component('RondeDetail', Ronde.extend({
  criteria: z.array(Criterium).meta({ description: 'De selectiecriteria van de ronde.' }),
  gehonoreerd: z.array(Gehonoreerd).meta({ description: 'De gehonoreerde consortia met hun toekenning.' }),
}).meta({ description: 'Een aanvraagronde met haar criteria en gehonoreerde consortia.' }));

export const RondeLijst = paginated('RondeLijst', 'rondes', Ronde, 'Een pagina aanvraagrondes.');
export const RondeParams = z.object({ id: idParam('Id van de ronde.') });

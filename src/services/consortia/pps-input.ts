import { z } from 'zod';
import { EducationLevels, PpsStatus, SectorCodes } from './consortium-codes.ts';
import { hasControlCharacters } from '../../domain/input/safe-input.ts';

export const PpsInput = z.object({
  name: z.string().trim().min(1, 'Vul de naam van de pps in.').max(200, 'Gebruik ten hoogste 200 tekens.').refine((v) => !hasControlCharacters(v), 'Bevat een teken dat hier niet hoort (een regeleinde, stuurteken of een teken dat de leesrichting omdraait).'),
  foundedYear: z.coerce.number({ message: 'Vul een jaartal in, bijvoorbeeld 2019.' }).int('Vul een jaartal in, bijvoorbeeld 2019.').min(1990, 'Vul een jaartal vanaf 1990 in.').max(2100, 'Vul een geldig jaartal in.'),
  status: PpsStatus,
  municipalityCode: z.string().trim().regex(/^GM[0-9]{4}$/, 'Kies een gemeente uit de lijst.'),
  description: z.string().trim().max(5000, 'Gebruik ten hoogste 5000 tekens.').refine((v) => !hasControlCharacters(v, { lines: true }), 'Bevat een teken dat hier niet hoort (een stuurteken of een teken dat de leesrichting omdraait).'),
  /** Optional: English pages show the Dutch description when this is empty; left out, the stored text stays. */
  descriptionEn: z.string().trim().max(5000, 'Gebruik ten hoogste 5000 tekens.').refine((v) => !hasControlCharacters(v, { lines: true }), 'Bevat een teken dat hier niet hoort (een stuurteken of een teken dat de leesrichting omdraait).').optional(),
  sectorCodes: SectorCodes,
  levels: EducationLevels.refine((l) => l.length > 0, 'levelRequired'),
});
export type PpsInput = z.infer<typeof PpsInput>;

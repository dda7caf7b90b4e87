import { z } from 'zod';
import { EducationLevels, PpsStatus, SectorCodes } from './consortium-codes.ts';
import { hasControlCharacters } from '../../domain/input/safe-input.ts';

export const PpsInput = z.object({
  name: z.string().trim().min(1, 'ppsNameRequired').max(200, 'max200').refine((v) => !hasControlCharacters(v), 'badCharacterLine'),
  foundedYear: z.coerce.number({ message: 'yearRequired' }).int('yearRequired').min(1990, 'yearFrom1990').max(2100, 'yearInvalid'),
  status: PpsStatus,
  municipalityCode: z.string().trim().regex(/^GM[0-9]{4}$/, 'municipalityChoose'),
  description: z.string().trim().max(5000, 'max5000').refine((v) => !hasControlCharacters(v, { lines: true }), 'badCharacter'),
  /** Optional: English pages show the Dutch description when this is empty; left out, the stored text stays. */
  descriptionEn: z.string().trim().max(5000, 'max5000').refine((v) => !hasControlCharacters(v, { lines: true }), 'badCharacter').optional(),
  sectorCodes: SectorCodes,
  levels: EducationLevels.refine((l) => l.length > 0, 'levelRequired'),
});
export type PpsInput = z.infer<typeof PpsInput>;

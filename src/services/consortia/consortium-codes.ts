import { z } from 'zod';
import { EDUCATION_LEVELS, PPS_STATUSES } from '../../domain/enums.ts';
import { PROVINCES, SECTORS } from '../../domain/code-lists.ts';
import { MAX_INT4 } from '../../domain/input/safe-input.ts';

// Code-list fields shared by the consortium and pps forms; checkbox groups arrive as one string or an array.
const many = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

export const ProvinceCodes = many(z.enum(PROVINCES.map((p) => p.code) as [string, ...string[]], { message: 'Kies een provincie uit de lijst.' }));
export const SectorCodes = many(z.enum(SECTORS.map((s) => s.code) as [string, ...string[]], { message: 'Kies een sector uit de lijst.' }));
export const EducationLevels = many(z.enum(EDUCATION_LEVELS, { message: 'Kies een onderwijsniveau uit de lijst.' }));
export const PpsStatus = z.enum(PPS_STATUSES, { message: 'Kies een status.' });
export const Version = z.coerce.number({ message: 'De versie ontbreekt; open de pagina opnieuw.' }).int().positive().max(MAX_INT4, 'De versie is ongeldig; open de pagina opnieuw.');

import { z } from 'zod';
import { EDUCATION_LEVELS, PPS_STATUSES } from '../../domain/enums.ts';
import { PROVINCES, SECTORS } from '../../domain/code-lists.ts';
import { MAX_INT4 } from '../../domain/input/safe-input.ts';

// Code-list fields shared by the consortium and pps forms; checkbox groups arrive as one string or an array.
const many = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

export const ProvinceCodes = many(z.enum(PROVINCES.map((p) => p.code) as [string, ...string[]], { message: 'provinceChoose' }));
export const SectorCodes = many(z.enum(SECTORS.map((s) => s.code) as [string, ...string[]], { message: 'sectorChoose' }));
export const EducationLevels = many(z.enum(EDUCATION_LEVELS, { message: 'levelChoose' }));
export const PpsStatus = z.enum(PPS_STATUSES, { message: 'statusChoose' });
export const Version = z.coerce.number({ message: 'versionMissing' }).int().positive().max(MAX_INT4, 'versionInvalid');

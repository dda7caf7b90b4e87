import { z } from 'zod';
import { COMPANY_SIZES, EDUCATION_LEVELS, GOVERNMENT_LEVELS, ORGANISATION_KINDS } from '../../domain/enums.ts';
import { normaliseBrin, normaliseKvk } from '../../domain/consortia/organisation-identifiers.ts';
import { hasControlCharacters } from '../../domain/input/safe-input.ts';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const NewOrganisationInput = z
  .object({
    name: z.string().trim().min(2, 'organisationNameRequired').max(200, 'max200').refine((v) => !hasControlCharacters(v), 'badCharacterLine'),
    kind: z.enum(ORGANISATION_KINDS, { message: 'organisationKindChoose' }),
    educationLevel: optional(z.enum(EDUCATION_LEVELS, { message: 'levelChoose' })),
    companySize: optional(z.enum(COMPANY_SIZES, { message: 'companySizeChoose' })),
    governmentLevel: optional(z.enum(GOVERNMENT_LEVELS, { message: 'governmentLevelChoose' })),
    kvkNumber: optional(z.string().transform((v, c) => normaliseKvk(v) ?? (c.addIssue({ code: 'custom', message: 'kvkInvalid' }), z.NEVER))),
    brinCode: optional(z.string().transform((v, c) => normaliseBrin(v) ?? (c.addIssue({ code: 'custom', message: 'brinInvalid' }), z.NEVER))),
    municipalityCode: optional(z.string().regex(/^GM[0-9]{4}$/, 'municipalityChoose')),
  })
  .superRefine((o, c) => {
    // The database allows these details only for their own kind; asking for them here gives a readable message.
    if (o.kind === 'onderwijsinstelling' && !o.educationLevel) c.addIssue({ code: 'custom', path: ['educationLevel'], message: 'schoolLevelRequired' });
    if (o.kind === 'bedrijf' && !o.companySize) c.addIssue({ code: 'custom', path: ['companySize'], message: 'companySizeRequired' });
    if (o.kind === 'overheid' && !o.governmentLevel) c.addIssue({ code: 'custom', path: ['governmentLevel'], message: 'governmentLevelRequired' });
  })
  .transform((o) => ({
    ...o,
    educationLevel: o.kind === 'onderwijsinstelling' ? o.educationLevel : undefined,
    companySize: o.kind === 'bedrijf' ? o.companySize : undefined,
    governmentLevel: o.kind === 'overheid' ? o.governmentLevel : undefined,
  }));
export type NewOrganisationInput = z.infer<typeof NewOrganisationInput>;

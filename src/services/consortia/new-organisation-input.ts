import { z } from 'zod';
import { COMPANY_SIZES, EDUCATION_LEVELS, GOVERNMENT_LEVELS, ORGANISATION_KINDS } from '../../domain/enums.ts';
import { normaliseBrin, normaliseKvk } from '../../domain/consortia/organisation-identifiers.ts';
import { hasControlCharacters } from '../../domain/input/safe-input.ts';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const NewOrganisationInput = z
  .object({
    name: z.string().trim().min(2, 'Vul de naam van de organisatie in.').max(200, 'Gebruik ten hoogste 200 tekens.').refine((v) => !hasControlCharacters(v), 'Bevat een teken dat hier niet hoort (een regeleinde, stuurteken of een teken dat de leesrichting omdraait).'),
    kind: z.enum(ORGANISATION_KINDS, { message: 'Kies het soort organisatie.' }),
    educationLevel: optional(z.enum(EDUCATION_LEVELS, { message: 'Kies een onderwijsniveau.' })),
    companySize: optional(z.enum(COMPANY_SIZES, { message: 'Kies de omvang.' })),
    governmentLevel: optional(z.enum(GOVERNMENT_LEVELS, { message: 'Kies de bestuurslaag.' })),
    kvkNumber: optional(z.string().transform((v, c) => normaliseKvk(v) ?? (c.addIssue({ code: 'custom', message: 'Een KvK-nummer heeft 8 cijfers.' }), z.NEVER))),
    brinCode: optional(z.string().transform((v, c) => normaliseBrin(v) ?? (c.addIssue({ code: 'custom', message: 'Een BRIN-code heeft 2 cijfers en 2 letters of cijfers, bijvoorbeeld 25PM.' }), z.NEVER))),
    municipalityCode: optional(z.string().regex(/^GM[0-9]{4}$/, 'Kies een gemeente uit de lijst.')),
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

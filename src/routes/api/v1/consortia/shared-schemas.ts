import { z } from 'zod';
import { EDUCATION_LEVELS } from '../../../../domain/enums.ts';
import { PROVINCES, SECTORS } from '../../../../domain/code-lists.ts';
import { PARTNER_TYPES } from '../../../../domain/public/partner-types.ts';
import { component } from '../lib/components.ts';

// Schemas the consortia and pps resources share.
export const Code = component('CodeMetNaam', z.object({
  code: z.string().meta({ description: 'Code uit de codelijst.', example: 'energie' }),
  naam: z.string().meta({ description: 'Naam bij de code.', example: 'Energie' }),
}).meta({ description: 'Een waarde uit een codelijst (sector of opleidingsdomein) met haar naam.' }));

export const OrganisatieVerwijzing = component('OrganisatieVerwijzing', z.object({
  id: z.number().int().min(1).meta({ description: 'Id van de organisatie.', example: 17 }),
  naam: z.string().meta({ description: 'Naam van de organisatie.', example: 'ROC Utrecht' }),
}).meta({ description: 'Een organisatie; details staan onder /organisaties/{id}.' }));

export const levels = z.array(z.enum(EDUCATION_LEVELS)).meta({ description: 'Onderwijsniveaus.', example: ['mbo', 'hbo'] });

export const PartnerSoortAantal = component('PartnerSoortAantal', z.object({
  soort: z.enum(PARTNER_TYPES).meta({ description: 'Soort partner: school per niveau, bedrijf per grootte, overheid per bestuurslaag, kennisinstelling, branche of overig.', example: 'bedrijf_mkb' }),
  aantal: z.number().int().min(0).meta({ description: 'Aantal verschillende organisaties van deze soort.', example: 42 }),
}).meta({ description: 'Aantal partners van één soort.' }));

export const partnerType = z.enum(PARTNER_TYPES).meta({ description: 'Soort partner.', example: 'school_mbo' });

export const PROVINCE_CODES = PROVINCES.map((p) => p.code) as [string, ...string[]];
export const SECTOR_CODES = SECTORS.map((s) => s.code) as [string, ...string[]];
export const provinceFilter = (description: string) => z.enum(PROVINCE_CODES).optional().meta({ description, example: 'PV26' });
export const sectorFilter = (description: string) => z.enum(SECTOR_CODES).optional().meta({ description, example: 'energie' });

import { BUDGET_LINE_COLUMNS } from './budget-line-rows.ts';
import { INDICATOR_VALUE_COLUMNS } from './indicator-value-rows.ts';
import { ORGANISATION_COLUMNS } from './organisation-rows.ts';
import { PARTNER_COLUMNS } from './partner-rows.ts';
import { PPS_COLUMNS } from './pps-rows.ts';

// Every import type with its Dutch label, its columns and the example row of its template.
export type ImportTypeInfo = { label: string; columns: Record<string, string[]>; example: Record<string, string>; officeOnly: boolean };

export const IMPORT_TYPES = {
  organisaties: {
    label: 'Organisaties', columns: ORGANISATION_COLUMNS, officeOnly: true,
    example: { naam: 'Voorbeeld Techniek B.V.', soort: 'bedrijf', niveau: '', grootte: 'mkb', overheidsniveau: '', kvk: '12345678', brin: '', website: 'https://www.voorbeeld.nl' },
  },
  partners: {
    label: "Partners van pps'en", columns: PARTNER_COLUMNS, officeOnly: false,
    example: { pps: 'code-van-de-pps', organisatie: 'Voorbeeld Techniek B.V.', kvk: '12345678', brin: '', rol: 'partner', sinds: '01-09-2024', tot: '' },
  },
  pps: {
    label: "Pps'en", columns: PPS_COLUMNS, officeOnly: false,
    example: { consortium: 'code-van-het-consortium', naam: 'Voorbeeld Energiewerkplaats', code: '', opgericht: '01-09-2019', status: 'actief', gemeente: 'Utrecht', sectoren: 'Energie, Installatietechniek', niveaus: 'mbo, hbo', beschrijving: 'Praktijkleren in de energietransitie.', beschrijvingEngels: 'Learning on the job in the energy transition.' },
  },
  begrotingen: {
    label: 'Begroting (gepland)', columns: BUDGET_LINE_COLUMNS, officeOnly: false,
    example: { consortium: 'code-van-het-consortium', actielijn: 'AL1', jaar: '2025', bron: 'subsidie', bedrag: '€ 4,3 mln' },
  },
  indicatorwaarden: {
    label: 'Indicatorwaarden (voortgangsrapportage)', columns: INDICATOR_VALUE_COLUMNS, officeOnly: false,
    example: { consortium: 'code-van-het-consortium', jaar: '2025', indicator: 'studenten', uitsplitsing: 'mbo', waarde: '1.250' },
  },
} satisfies Record<string, ImportTypeInfo>;

export type ImportType = keyof typeof IMPORT_TYPES;

export const isImportType = (value: unknown): value is ImportType => typeof value === 'string' && Object.hasOwn(IMPORT_TYPES, value);

/** The columns a template shows: the import's own names, not the aliases or the export columns it reads past. */
export const templateColumns = (type: ImportType): string[] => Object.keys(IMPORT_TYPES[type].columns).filter((k) => !k.startsWith('_'));

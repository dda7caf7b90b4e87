import { z } from 'zod';
import { isErrorCode } from '../../i18n/errors.ts';
import { hasControlCharacters } from '../input/safe-input.ts';
import type { ReadProblem, TableRow } from './read-table.ts';

// The organisations import: template columns, accepted header aliases and the rules per row.
export const ORGANISATION_COLUMNS: Record<string, string[]> = {
  naam: ['organisatie', 'name', 'organisatienaam'],
  soort: ['type', 'kind', 'soort organisatie'],
  niveau: ['onderwijsniveau', 'level', 'educationLevel'],
  grootte: ['omvang', 'size', 'bedrijfsgrootte', 'companySize'],
  overheidsniveau: ['bestuurslaag', 'governmentLevel'],
  kvk: ['kvk-nummer', 'kvknummer', 'kvk nummer', 'kvkNumber'],
  brin: ['brin-code', 'brincode', 'rio', 'brinCode'],
  website: ['url', 'site'],
  // Columns of our own export that the import reads past, so an exported file can be imported again.
  _export: ['id', 'oin', 'ppsCount', 'isIllustrative', 'municipality', 'municipality.code', 'municipality.name', 'province', 'province.code', 'province.name',
    'gemeente', 'gemeente.code', 'gemeente.naam', 'provincie', 'provincie.code', 'provincie.naam', 'aantalPps', 'voorbeelddata'],
};

const lower = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v);
const optional = (v: unknown) => (v === '' || v === undefined ? undefined : v);

export const OrganisationRow = z
  .object({
    naam: z.string().min(1, 'organisationNameRequired').max(200, 'import.nameTooLong')
      .refine((v) => !hasControlCharacters(v), 'import.nameControl'),
    soort: z.preprocess(lower, z.enum(['onderwijsinstelling', 'bedrijf', 'overheid', 'kennisinstelling', 'branche', 'overig'], { message: 'import.kindChoose' })),
    niveau: z.preprocess((v) => optional(lower(v)), z.enum(['vmbo', 'mbo', 'hbo', 'wo'], { message: 'import.levelChoose' }).optional()),
    grootte: z.preprocess((v) => optional(lower(v)), z.enum(['mkb', 'groot'], { message: 'import.sizeChoose' }).optional()),
    overheidsniveau: z.preprocess((v) => optional(lower(v)), z.enum(['gemeente', 'provincie', 'rijk'], { message: 'import.governmentLevelChoose' }).optional()),
    kvk: z.preprocess((v) => optional(typeof v === 'string' ? v.replace(/\s/g, '') : v), z.string().regex(/^\d{8}$/, 'kvkInvalid').optional()),
    brin: z.preprocess((v) => optional(typeof v === 'string' ? v.trim().toUpperCase() : v), z.string().regex(/^\d{2}[A-Z0-9]{2}$/, 'import.brinInvalid').optional()),
    website: z.preprocess(optional, z.url({ message: 'import.websiteInvalid' }).optional()),
  })
  .superRefine((row, ctx) => {
    if ((row.soort === 'onderwijsinstelling') !== (row.niveau !== undefined)) ctx.addIssue({ code: 'custom', path: ['niveau'], message: 'import.levelOnlySchool' });
    if ((row.soort === 'bedrijf') !== (row.grootte !== undefined)) ctx.addIssue({ code: 'custom', path: ['grootte'], message: 'import.sizeOnlyCompany' });
    if ((row.soort === 'overheid') !== (row.overheidsniveau !== undefined)) ctx.addIssue({ code: 'custom', path: ['overheidsniveau'], message: 'import.governmentLevelOnlyGovernment' });
  });
export type OrganisationRow = z.infer<typeof OrganisationRow>;

/** Validates every row and finds identifiers that occur twice in the file; every problem with line and column. */
export function checkOrganisationRows(rows: Iterable<TableRow>, problems: ReadProblem[] = []): { valid: { line: number; row: OrganisationRow }[]; problems: ReadProblem[] } {
  const valid: { line: number; row: OrganisationRow }[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const parsed = OrganisationRow.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ line, column: String(issue.path[0] ?? ''), code: isErrorCode(issue.message) ? issue.message : 'invalidInput' });
      continue;
    }
    for (const [column, value] of [['kvk', parsed.data.kvk], ['brin', parsed.data.brin]] as const) {
      if (!value) continue;
      const first = seen.get(`${column}:${value}`);
      if (first) problems.push({ line, column, code: column === 'kvk' ? 'import.kvkDuplicate' : 'import.brinDuplicate', values: { value, first } });
      else seen.set(`${column}:${value}`, line);
    }
    valid.push({ line, row: parsed.data });
  }
  return { valid, problems };
}

import { EDUCATION_LEVELS, PPS_STATUSES } from '../enums.ts';
import { SECTORS } from '../code-lists.ts';
import type { ErrorCode, ErrorValues } from '../../i18n/errors.ts';
import { normalise, parseDutchDate, type ReadProblem, type TableRow } from './read-table.ts';

// The pps import: one row per pps; a row with the code (slug) of an existing pps, or its name within the consortium, updates it.
// It also reads our own pps export (/downloads/pps.csv), so a list can be downloaded, edited and imported back.
export const PPS_COLUMNS: Record<string, string[]> = {
  consortium: ['consortium-code', 'consortium.slug'],
  naam: ['pps', 'naam pps', 'name'],
  code: ['pps-code', 'slug'],
  opgericht: ['oprichtingsjaar', 'oprichtingsdatum', 'startdatum', 'startjaar', 'foundedYear'],
  status: ['state'],
  gemeente: ['gemeentecode', 'vestigingsplaats', 'plaats', 'municipality', 'municipality.code', 'gemeente.code'],
  sectoren: ['sector', 'sectors', 'sectorCodes'],
  niveaus: ['onderwijsniveaus', 'niveau', 'levels', 'educationLevels'],
  beschrijving: ['omschrijving', 'description'],
  beschrijvingEngels: ['beschrijving engels', 'engelse beschrijving', 'beschrijvingEn', 'descriptionEn'],
  _export: ['id', 'partnerCount', 'isIllustrative', 'consortium.id', 'consortium.name', 'municipality.name', 'provinceCodes',
    'consortium.naam', 'gemeente.naam', 'provincies', 'aantalPartners', 'voorbeelddata'],
};
export const PPS_REQUIRED = ['consortium', 'naam', 'opgericht', 'gemeente', 'niveaus'];

export type PpsFields = {
  name: string; foundedYear: number; status: (typeof PPS_STATUSES)[number]; municipalityCode: string; description: string; descriptionEn: string; sectorCodes: string[]; levels: (typeof EDUCATION_LEVELS)[number][];
};
/** A checked row; null where the file has no such column (or no status), so an update keeps what is stored. */
export type PpsRow = Omit<PpsFields, 'status' | 'description' | 'descriptionEn' | 'sectorCodes'> & {
  line: number; consortium: string; code: string | null; status: PpsFields['status'] | null; description: string | null; descriptionEn: string | null; sectorCodes: string[] | null;
};

/** The row's fields, completed from the stored pps (an update) or with defaults (a new pps). */
export function completePps(row: PpsRow, stored?: PpsFields): PpsFields {
  return {
    name: row.name, foundedYear: row.foundedYear, municipalityCode: row.municipalityCode, levels: row.levels,
    status: row.status ?? stored?.status ?? 'actief', description: row.description ?? stored?.description ?? '',
    descriptionEn: row.descriptionEn ?? stored?.descriptionEn ?? '', sectorCodes: row.sectorCodes ?? stored?.sectorCodes ?? [],
  };
}

const key = normalise;
const SECTOR_OF = new Map(SECTORS.flatMap((s) => [[key(s.code), s.code], [key(s.nameNl), s.code]] as const));
const list = (text: string | undefined) => (text ?? '').split(/[,|]/).map((t) => t.trim()).filter(Boolean);

/** "2019" or a founding date such as 01-09-2019 as the year; null when neither. */
export function foundedYearOf(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  const date = parseDutchDate(text);
  return date ? Number(date.slice(0, 4)) : null;
}

/** Validates every row; `municipalities` maps a normalised code or name to the municipality code. */
export function checkPpsRows(rows: Iterable<TableRow>, municipalities: Map<string, string>, problems: ReadProblem[] = []): { valid: PpsRow[]; problems: ReadProblem[] } {
  const valid: PpsRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const before = problems.length;
    const problem = (column: string, code: ErrorCode, values?: ErrorValues) => problems.push({ line, column, code, ...(values && { values }) });
    if (!cells.consortium) problem('consortium', 'import.consortiumRequired');
    const name = cells.naam ?? '';
    if (!name) problem('naam', 'ppsNameRequired');
    else if (name.length > 200) problem('naam', 'import.nameTooLong');
    const foundedYear = foundedYearOf(cells.opgericht ?? '');
    if (foundedYear === null) problem('opgericht', 'import.foundedUnreadable');
    else if (foundedYear < 1990 || foundedYear > 2100) problem('opgericht', 'import.foundedRange');
    const status = cells.status ? cells.status.toLowerCase() : null;
    if (status !== null && !(PPS_STATUSES as readonly string[]).includes(status)) problem('status', 'import.statusChoose');
    const municipalityCode = municipalities.get(key(cells.gemeente ?? ''));
    if (!municipalityCode) problem('gemeente', 'import.municipalityUnknown', { value: cells.gemeente ?? '' });
    const sectorCodes = list(cells.sectoren).map((s) => SECTOR_OF.get(key(s)) ?? (problem('sectoren', 'import.sectorUnknown', { value: s }), ''));
    const levels = list(cells.niveaus).map((l) => l.toLowerCase());
    if (!levels.length) problem('niveaus', 'import.levelsRequired');
    for (const l of levels) if (!(EDUCATION_LEVELS as readonly string[]).includes(l)) problem('niveaus', 'import.levelUnknown', { value: l });
    if ((cells.beschrijving ?? '').length > 5000) problem('beschrijving', 'import.descriptionTooLong');
    if ((cells.beschrijvingEngels ?? '').length > 5000) problem('beschrijvingEngels', 'import.descriptionEnTooLong');
    if (problems.length > before) continue;
    const id = `${cells.consortium}|${cells.code ? `code:${cells.code}` : key(name)}`;
    const first = seen.get(id);
    if (first) { problem(cells.code ? 'code' : 'naam', 'import.ppsDuplicate', { first }); continue; }
    seen.set(id, line);
    valid.push({
      line, consortium: cells.consortium!, code: cells.code || null, name, foundedYear: foundedYear!, status: status as PpsRow['status'], municipalityCode: municipalityCode!,
      description: cells.beschrijving ?? null, descriptionEn: cells.beschrijvingEngels ?? null, sectorCodes: cells.sectoren === undefined ? null : [...new Set(sectorCodes)], levels: [...new Set(levels)] as PpsRow['levels'],
    });
  }
  return { valid, problems };
}

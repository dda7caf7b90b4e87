import { describe, expect, it } from 'vitest';
import { checkBudgetLineRows } from './budget-line-rows.ts';
import { IMPORT_TYPES, templateColumns, type ImportType } from './import-types.ts';
import { checkOrganisationRows } from './organisation-rows.ts';
import { checkPartnerRows } from './partner-rows.ts';
import { checkPpsRows } from './pps-rows.ts';
import type { TableRow } from './read-table.ts';

// Each template's example row must pass its own import's rules, or the template teaches a wrong format.
const CHECKS: Partial<Record<ImportType, (rows: TableRow[]) => { problems: unknown[] }>> = {
  organisaties: checkOrganisationRows,
  partners: checkPartnerRows,
  pps: (rows) => checkPpsRows(rows, new Map([['utrecht', 'GM0344']])),
  begrotingen: (rows) => checkBudgetLineRows(rows, [{ id: 1, code: 'AL1', nameNl: 'Ketens' }]),
};

describe('import templates', () => {
  it.each(Object.keys(IMPORT_TYPES) as ImportType[])('the %s example fills exactly the template columns', (type) => {
    expect(Object.keys(IMPORT_TYPES[type].example)).toEqual(templateColumns(type));
    const check = CHECKS[type];
    if (check) expect(check([{ line: 2, cells: IMPORT_TYPES[type].example }]).problems).toEqual([]);
  });
});

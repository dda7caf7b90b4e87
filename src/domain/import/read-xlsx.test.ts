import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { xfdColumnXlsx, xlsxOf, zipBombXlsx } from '../../../tests/helpers/pathological-files.ts';
import { limitProblem } from './import-limits.ts';
import { cellRef, readXlsxTable } from './read-xlsx.ts';

const columns = { naam: [], soort: [], sinds: [] };

describe('readXlsxTable', () => {
  it('reads inline strings with the header as column names, and keeps an empty last column', () => {
    const table = readXlsxTable(xlsxOf([['Naam', 'Soort', 'Sinds'], ['A & B', 'bedrijf', '']]), columns, ['naam']);
    expect(table).toEqual({ ok: true, rows: [{ line: 2, cells: { naam: 'A & B', soort: 'bedrijf', sinds: '' } }] });
  });

  it('refuses a value in column XFD without building the columns before it', () => {
    expect(readXlsxTable(xfdColumnXlsx(), columns, [])).toEqual({ ok: false, problems: [limitProblem('columns')] });
  });

  it('refuses a zip bomb by its stated size, and one that lies about it while unpacking', () => {
    const refused = { ok: false, problems: [limitProblem('unpackedBytes')] };
    expect(readXlsxTable(zipBombXlsx(), columns, [])).toEqual(refused);
    expect(readXlsxTable(zipBombXlsx(3200, { lie: true }), columns, [])).toEqual(refused);
  });

  it('refuses a sheet that is not well-formed as a damaged file', () => {
    const broken = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet r:id="rId1"/></sheets></workbook>'), 'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'), 'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row><c r="A1"') });
    expect(readXlsxTable(broken, columns, [])).toMatchObject({ ok: false, problems: [{ code: 'import.xlsxBroken' }] });
  });

  it('reads cell references up to XFD and nothing beyond', () => {
    expect(cellRef('XFD12')).toEqual({ column: 16384, row: 12 });
    expect(cellRef('A1')).toEqual({ column: 1, row: 1 });
    expect(cellRef('12')).toBeNull();
  });
});

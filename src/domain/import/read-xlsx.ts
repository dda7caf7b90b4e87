import ExcelJS from 'exceljs';
import { tableFrom, tooLarge, type RawRecord, type ReadTable } from './read-table.ts';

const isXlsx = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return String(value);
}

/** The first worksheet of an XLSX file as rows; formula cells are refused, whatever they compute. */
export async function readXlsxTable(bytes: Uint8Array, aliases: Record<string, string[]>, required: string[]): Promise<ReadTable> {
  const large = tooLarge(bytes);
  if (large) return large;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return { ok: false, problems: [{ line: 0, column: '', message: 'Het Excel-bestand is beschadigd of geen XLSX. Sla het opnieuw op als .xlsx of als CSV.' }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, problems: [{ line: 1, column: '', message: 'Het Excel-bestand heeft geen werkblad.' }] };
  const records: RawRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    const formulas: boolean[] = [];
    for (let i = 1; i <= sheet.columnCount; i++) {
      const cell = row.getCell(i);
      cells.push(cellText(cell.value));
      formulas.push(cell.type === ExcelJS.ValueType.Formula);
    }
    records.push({ line, cells, formulas });
  });
  return tableFrom(records, aliases, required);
}

export { isXlsx };

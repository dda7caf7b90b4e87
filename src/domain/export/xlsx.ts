import ExcelJS from 'exceljs';
import { neutralise, roundForDisplay } from './csv.ts';
import type { FlatRow } from './flatten.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One worksheet with a bold header row; numbers rounded and formula-like text neutralised as in CSV. */
export async function toXlsx(sheetName: string, rows: FlatRow[], columns: string[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.created = new Date('2023-07-06T00:00:00Z');
  book.modified = book.created;
  const sheet = book.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(columns).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => { const v = row[c] ?? null; return typeof v === 'string' ? neutralise(v) : typeof v === 'number' ? roundForDisplay(v) : v; }));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

import { IMPORT_LIMITS, LimitExceeded, limitProblem } from './import-limits.ts';
import { openTable, readWhole, tooLarge, type OpenTable, type RawRecord, type ReadProblem, type ReadTable } from './read-table.ts';
import { attributesOf, decodeXmlText, scanXml } from './scan-xml.ts';
import { unzipBounded } from './unzip-bounded.ts';
import { dateStyles, firstSheet, serialToIsoDate, sharedStrings } from './xlsx-parts.ts';

const isXlsx = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const PARTS = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']);
/** The parts of a workbook the reader uses; the others are not unpacked. */
export const isXlsxPart = (name: string) => PARTS.has(name) || /^xl\/worksheets\/[^/]+\.xml$/.test(name);
export const refusal = (line: number, code: ReadProblem['code']): { ok: false; problems: ReadProblem[] } => ({ ok: false, problems: [{ line, column: '', code }] });

/** "XFD12" as column 16384, row 12; a reference without letters or digits is null. */
export function cellRef(ref: string): { column: number; row: number } | null {
  let column = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  const row = Number(ref.slice(i));
  return column > 0 && Number.isInteger(row) && row > 0 ? { column, row } : null;
}

type Cell = { column: number; row: number; type: string; style: number; value: string; inline: string[]; formula: boolean };
type Book = { strings: string[]; dates: boolean[]; date1904: boolean };

function cellText(cell: Cell, book: Book): string {
  if (cell.type === 's') return book.strings[Number(cell.value)] ?? '';
  if (cell.type === 'inlineStr') return cell.inline.join('');
  if (cell.type === 'b') return cell.value === '1' ? 'true' : 'false';
  if (cell.type === 'str' || cell.type === 'e' || cell.value === '') return cell.value;
  if (cell.type === 'd') return cell.value.slice(0, 10);
  const number = Number(cell.value);
  if (!Number.isFinite(number)) return cell.value;
  return (book.dates[cell.style] && serialToIsoDate(number, book.date1904)) || String(number);
}

/** The rows of a worksheet, counting rows and cells and refusing values past the column limit as it goes. */
function sheetRecords(xml: string, book: Book): RawRecord[] {
  const rows = new Map<number, RawRecord>();
  let row = 0, nextColumn = 1, rowCount = 0, cellCount = 0;
  let cell: Cell | null = null;
  let text: 'v' | 'is' | null = null;
  scanXml(xml, (tag) => {
    const { name, closing } = tag;
    if (name === 'row' && !closing) {
      if (++rowCount > IMPORT_LIMITS.rows + 1) throw new LimitExceeded('rows');
      row = Number(attributesOf(tag.raw).r ?? row + 1);
      nextColumn = 1;
    } else if (name === 'c' && !closing) {
      if (++cellCount > IMPORT_LIMITS.cells) throw new LimitExceeded('cells');
      const a = attributesOf(tag.raw);
      const at = a.r ? cellRef(a.r) : { column: nextColumn, row };
      if (!at) throw new Error('bad cell reference');
      nextColumn = at.column + 1;
      cell = tag.selfClosing ? null : { ...at, type: a.t ?? 'n', style: Number(a.s ?? 0), value: '', inline: [], formula: false };
    } else if (name === 'c' && cell) {
      const value = cellText(cell, book);
      if (value !== '') store(rows, cell, value);
      cell = null;
    } else if (cell && name === 'f' && !closing) cell.formula = true;
    else if (cell && name === 'v') text = closing || tag.selfClosing ? null : 'v';
    else if (cell && name === 't') text = closing || tag.selfClosing ? null : 'is';
    else if (name === 'rPh') text = null;
  }, (raw) => {
    if (!cell || !text) return;
    if (text === 'v') cell.value += decodeXmlText(raw);
    else cell.inline.push(decodeXmlText(raw));
  });
  // Every row as wide as the widest, as a CSV reads: an empty last column is still there, as "".
  const width = [...rows.values()].reduce((w, r) => Math.max(w, r.cells.length), 0);
  for (const record of rows.values()) while (record.cells.length < width) { record.cells.push(''); record.formulas!.push(false); }
  return [...rows.values()].sort((a, b) => a.line - b.line);
}

function store(rows: Map<number, RawRecord>, cell: Cell, value: string): void {
  if (cell.column > IMPORT_LIMITS.columns) throw new LimitExceeded('columns');
  let record = rows.get(cell.row);
  if (!record) rows.set(cell.row, (record = { line: cell.row, cells: [], formulas: [] }));
  while (record.cells.length < cell.column) { record.cells.push(''); record.formulas!.push(false); }
  record.cells[cell.column - 1] = value;
  record.formulas![cell.column - 1] = cell.formula;
}

/** Opens the first worksheet of an XLSX file; formula cells are refused, whatever they compute. */
export function openXlsxTable(bytes: Uint8Array, aliases: Record<string, string[]>, required: string[], problems: ReadProblem[]): OpenTable {
  return tooLarge(bytes) ?? openXlsxParts(() => unzipBounded(bytes, isXlsxPart), aliases, required, problems);
}

/** Opens the first worksheet from the workbook's parts, unpacked by `unpack` (at once, or as the upload arrived). */
export function openXlsxParts(unpack: () => Map<string, Uint8Array>, aliases: Record<string, string[]>, required: string[], problems: ReadProblem[]): OpenTable {
  try {
    const parts = unpack();
    const text = (name: string) => new TextDecoder().decode(parts.get(name) ?? new Uint8Array());
    const { path, date1904 } = firstSheet(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
    const sheet = path && parts.get(path);
    if (!sheet) return refusal(1, 'import.xlsxNoSheet');
    const book = { strings: sharedStrings(text('xl/sharedStrings.xml')), dates: dateStyles(text('xl/styles.xml')), date1904 };
    return openTable(sheetRecords(new TextDecoder().decode(sheet), book), aliases, required, problems);
  } catch (error) {
    return error instanceof LimitExceeded ? { ok: false, problems: [limitProblem(error.limit)] } : refusal(0, 'import.xlsxBroken');
  }
}

/** The first worksheet read whole: its rows, or every problem (the eager form, for tests and tools). */
export function readXlsxTable(bytes: Uint8Array, aliases: Record<string, string[]>, required: string[]): ReadTable {
  return readWhole((problems) => openXlsxTable(bytes, aliases, required, problems));
}

export { isXlsx };

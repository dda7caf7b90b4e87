import { attributesOf, decodeXmlText, scanXml } from './scan-xml.ts';
import { IMPORT_LIMITS, LimitExceeded } from './import-limits.ts';

// The workbook parts a sheet's cells depend on: which sheet is first, shared strings, date styles.

/** The path of the first worksheet, and whether dates count from 1904 (old Mac Excel). */
export function firstSheet(workbook: string, rels: string): { path: string | null; date1904: boolean } {
  let id: string | null = null;
  let date1904 = false;
  scanXml(workbook, (tag) => {
    if (tag.closing) return;
    if (tag.name === 'workbookPr') date1904 = ['1', 'true'].includes(attributesOf(tag.raw).date1904 ?? '');
    if (tag.name === 'sheet' && id === null) id = attributesOf(tag.raw).id ?? null;
  });
  let target: string | null = null;
  scanXml(rels, (tag) => {
    if (tag.closing || tag.name !== 'Relationship') return;
    const a = attributesOf(tag.raw);
    if (a.Id === id && a.Target) target = a.Target;
  });
  const path = target === null ? null : (target as string).startsWith('/') ? (target as string).slice(1) : `xl/${target}`;
  return { path, date1904 };
}

/** The shared strings table: rich text runs joined, phonetic hints left out. */
export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let inPhonetic = false;
  scanXml(xml, (tag) => {
    if (tag.name === 'si') {
      if (tag.closing) { out.push(current?.join('') ?? ''); current = null; } else if (tag.selfClosing) out.push(''); else current = [];
      if (out.length > IMPORT_LIMITS.cells) throw new LimitExceeded('cells');
    } else if (tag.name === 'rPh') inPhonetic = !tag.closing && !tag.selfClosing;
    else if (tag.name === 't') inText = !tag.closing && !tag.selfClosing && !inPhonetic;
  }, (text) => { if (inText && current) current.push(decodeXmlText(text)); });
  return out;
}

const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A number format shows a date when it uses day, month, year or time parts outside quotes and brackets. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILT_IN_DATES.has(id)) return true;
  if (code === undefined || /^general$/i.test(code)) return false;
  return /[dmyhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, ''));
}

/** For each cell style index (the `s` of a cell): does it show a date? */
export function dateStyles(xml: string): boolean[] {
  const formats = new Map<number, string>();
  const styles: boolean[] = [];
  const xfs: number[] = [];
  let inCellXfs = false;
  scanXml(xml, (tag) => {
    if (tag.name === 'cellXfs') inCellXfs = !tag.closing && !tag.selfClosing;
    else if (tag.name === 'numFmt' && !tag.closing) {
      const a = attributesOf(tag.raw);
      formats.set(Number(a.numFmtId), a.formatCode ?? '');
    } else if (tag.name === 'xf' && !tag.closing && inCellXfs) xfs.push(Number(attributesOf(tag.raw).numFmtId ?? 0));
  });
  for (const id of xfs) styles.push(isDateFormat(id, formats.get(id)));
  return styles;
}

/** An Excel date serial as an ISO date; null when it is no date a person could mean. */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400_000);
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

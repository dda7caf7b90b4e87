import { strToU8, zipSync } from 'fflate';
import { constants as zlibConstants, crc32, deflateRawSync } from 'node:zlib';

// Small generators of the files that once stalled the server: each builds its file in milliseconds.

const WORKBOOK_PARTS = {
  '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml': '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

const SHEET_START = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';
const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** A one-sheet XLSX from rows of strings (inline strings, as some tools write them). */
export function xlsxOf(rows: string[][]): Uint8Array {
  const body = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((v, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`).join('')}</row>`).join('');
  return zipSync(Object.fromEntries(Object.entries({ ...WORKBOOK_PARTS, 'xl/worksheets/sheet1.xml': SHEET_START + body + SHEET_END }).map(([k, v]) => [k, strToU8(v)])));
}

/** 200 rows with one value in the last column Excel has (XFD): 9 KB that once took 96 s and 2,4 GB. */
export function xfdColumnXlsx(rows = 200): Uint8Array {
  const body = Array.from({ length: rows }, (_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}" t="inlineStr"><is><t>x</t></is></c></row>`).join('');
  return zipSync(Object.fromEntries(Object.entries({ ...WORKBOOK_PARTS, 'xl/worksheets/sheet1.xml': SHEET_START + body + SHEET_END }).map(([k, v]) => [k, strToU8(v)])));
}

/** One zip entry (deflated) as local header + data, and its central directory record. */
function zipEntry(name: string, data: Uint8Array, size: number, crc: number, offset: number): [Buffer, Buffer] {
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.byteLength, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.byteLength, 20); central.writeUInt32LE(size, 24); central.writeUInt16LE(fileName.length, 28); central.writeUInt32LE(offset, 42);
  return [Buffer.concat([local, fileName, data]), Buffer.concat([central, fileName])];
}

/**
 * An XLSX whose sheet unpacks to `megabytes` MB of blank space, built in milliseconds: one fully
 * flushed (so independent) deflate block of 1 MB repeated. 3.200 MB fits in about 3 MB.
 */
export function zipBombXlsx(megabytes = 3200, { lie = false } = {}): Uint8Array {
  const blank = Buffer.alloc(1024 * 1024, 0x20);
  const block = deflateRawSync(blank, { finishFlush: zlibConstants.Z_FULL_FLUSH, level: 9 });
  const head = deflateRawSync(Buffer.from(SHEET_START), { finishFlush: zlibConstants.Z_FULL_FLUSH });
  const sheet = Buffer.concat([head, ...Array.from({ length: megabytes }, () => block), deflateRawSync(Buffer.from(SHEET_END))]);
  const entries: [string, Uint8Array, number, number][] = Object.entries(WORKBOOK_PARTS).map(([name, text]) => [name, deflateRawSync(text), Buffer.byteLength(text), crc32(text)]);
  // The sizes wrap at 4 GB and the checksum is not worked out: the reader must stop long before either matters.
  // A lying bomb claims 1 KB, so only the count while unpacking can stop it.
  entries.push(['xl/worksheets/sheet1.xml', sheet, lie ? 1024 : (megabytes * 1024 * 1024) % 2 ** 32, 0]);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data, size, crc] of entries) {
    const [local, central] = zipEntry(name, data, size, crc, offset);
    locals.push(local); centrals.push(central); offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A budget file whose amount is "1", `spaces` spaces and "z": once five seconds of regex backtracking. */
export function backtrackingAmountCsv(spaces = 80_000): Uint8Array {
  return strToU8(`consortium;actielijn;jaar;bron;bedrag\nc;AL1;2025;subsidie;1${' '.repeat(spaces)}z\n`);
}

/** `rows` rows of a bare "x" under a valid header: every row refused, once an 83 MB preview page. */
export function bareRowsCsv(rows = 130_000): Uint8Array {
  return strToU8(`naam;soort\n${'x\n'.repeat(rows)}`);
}

/** A CSV just under the 10 MB limit of well-formed organisation rows (311.000 of them at 9,5 MB: over the row limit). */
export function hugeCsv(megabytes = 9.5): Uint8Array {
  const row = (i: number) => `Bedrijf ${String(i).padStart(6, '0')} B.V.;bedrijf;mkb\n`;
  const count = Math.floor((megabytes * 1024 * 1024) / row(0).length);
  return strToU8(`naam;soort;grootte\n${Array.from({ length: count }, (_, i) => row(i)).join('')}`);
}

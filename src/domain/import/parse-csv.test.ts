import { describe, expect, it } from 'vitest';
import { countCsvRecords } from './csv-record-counter.ts';
import { csvRecords, parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, with the line each record ends on', () => {
    const text = 'naam;soort\r\n"A; B";bedrijf\n\n "Zeg ""hoi""" ; overig\n"twee\nregels";x';
    expect(parseCsv(text, ';')).toEqual({ ok: true, records: [
      { line: 1, cells: ['naam', 'soort'] },
      { line: 2, cells: ['A; B', 'bedrijf'] },
      { line: 4, cells: ['Zeg "hoi"', 'overig'] },
      { line: 6, cells: ['twee\nregels', 'x'] },
    ] });
  });

  it('keeps a quote inside an unquoted field as text and refuses an unclosed quote with its line', () => {
    expect(parseCsv('a,5" scherm\n', ',')).toEqual({ ok: true, records: [{ line: 1, cells: ['a', '5" scherm'] }] });
    expect(parseCsv('a\n"open,b\nc', ',')).toEqual({ ok: false, line: 2 });
  });

  it('reads short rows without building anything per row (csv-parse made an Error for each)', () => {
    const parsed = parseCsv(`naam;soort\n${'x\n'.repeat(130_000)}`, ';');
    expect(parsed.ok && parsed.records.length).toBe(130_001);
  });

  it('counts records as the reader reads them, blank lines and quoted line breaks included', () => {
    const text = 'a;b\r\n\n  \n"x\ny";z\r\nc;d\rlos;e\n;\n';
    const bytes = new TextEncoder().encode(text);
    expect(countCsvRecords(bytes)).toBe(parseCsv(text, ';').ok && [...csvRecords(text, ';')].length);
    expect(countCsvRecords(bytes)).toBe(5);
    expect(countCsvRecords(new TextEncoder().encode('x\n'.repeat(1_000)))).toBe(1_000);
  });

  it('yields records one at a time, so a reader that stops early reads no further', () => {
    const records = csvRecords(`a\n${'x\n'.repeat(10)}"open`, ';');
    expect(records.next().value).toEqual({ line: 1, cells: ['a'] });
    expect(() => [...records]).toThrow('unclosed quote on line 12');
  });
});

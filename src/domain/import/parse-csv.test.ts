import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

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
});

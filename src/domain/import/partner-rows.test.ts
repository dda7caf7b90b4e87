import { describe, expect, it } from 'vitest';
import { checkPartnerRows } from './partner-rows.ts';
import { errorText } from '../../i18n/errors.ts';

const row = (line: number, cells: Record<string, string>) => ({ line, cells: { pps: 'energiewerkplaats', organisatie: 'Voorbeeld B.V.', sinds: '01-09-2024', ...cells } });

describe('partner rows', () => {
  it('reads Dutch dates, an open end and the default role', () => {
    const { valid, problems } = checkPartnerRows([row(2, { kvk: '1234 5678', tot: '' }), row(3, { organisatie: 'ROC Oost', brin: '25lx', rol: 'Penvoerder', sinds: '1/9/2023', tot: '31-12-2027' })]);
    expect(problems).toEqual([]);
    expect(valid).toEqual([
      { line: 2, pps: 'energiewerkplaats', organisation: { name: 'Voorbeeld B.V.', kvk: '12345678', brin: null }, role: 'partner', since: '2024-09-01', until: null },
      { line: 3, pps: 'energiewerkplaats', organisation: { name: 'ROC Oost', kvk: null, brin: '25LX' }, role: 'penvoerder', since: '2023-09-01', until: '2027-12-31' },
    ]);
  });

  it('refuses bad dates, an end before the start, bad identifiers and a repeated partnership', () => {
    const { problems } = checkPartnerRows([
      row(2, { sinds: '2024-13-01', tot: 'volgend jaar' }),
      row(3, { sinds: '01-09-2024', tot: '31-08-2024' }),
      row(4, { kvk: '123', brin: 'X', rol: 'sponsor' }),
      row(5, {}),
      row(6, { organisatie: 'voorbeeld b.v.' }),
    ]);
    expect(problems.map((p) => `${p.line} ${p.column}: ${errorText('nl', p.code, p.values)}`)).toEqual([
      '2 sinds: "2024-13-01" is geen datum. Schrijf de datum als 31-12-2024.',
      '2 tot: "volgend jaar" is geen datum. Schrijf de datum als 31-12-2024, of laat de cel leeg.',
      '3 tot: De einddatum ligt voor de startdatum.',
      '4 kvk: Een KvK-nummer heeft 8 cijfers.',
      '4 brin: Een BRIN-code heeft 4 tekens, zoals 25LX.',
      '4 rol: Kies een rol: penvoerder of partner.',
      '6 organisatie: Dit partnerschap staat ook op regel 5 van dit bestand.',
    ]);
  });
});

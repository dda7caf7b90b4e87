import { describe, expect, it } from 'vitest';
import { checkPpsRows, completePps, foundedYearOf } from './pps-rows.ts';
import { errorText } from '../../i18n/errors.ts';

const PLACES = new Map([['utrecht', 'GM0344'], ['gm0344', 'GM0344'], ['sudwestfryslan', 'GM1900']]);
const row = (line: number, cells: Record<string, string>) => ({ line, cells: { consortium: 'techniek-oost', naam: 'Energiewerkplaats', opgericht: '2019', gemeente: 'Utrecht', niveaus: 'mbo', ...cells } });

describe('pps rows', () => {
  it('reads a founding year or a Dutch founding date', () => {
    expect(foundedYearOf('2019')).toBe(2019);
    expect(foundedYearOf('01-09-2019')).toBe(2019);
    expect(foundedYearOf('31-02-2019')).toBeNull();
    expect(foundedYearOf('sept 2019')).toBeNull();
  });

  it('reads sectors by name or code, levels as a list, municipalities by name with accents', () => {
    const { valid, problems } = checkPpsRows([row(2, { sectoren: 'Energie, ict | Installatietechniek', niveaus: 'MBO, hbo', gemeente: 'Súdwest-Fryslân', status: '' })], PLACES);
    expect(problems).toEqual([]);
    expect(valid[0]).toMatchObject({ municipalityCode: 'GM1900', sectorCodes: ['energie', 'ict', 'installatie'], levels: ['mbo', 'hbo'], status: null, code: null, description: null });
  });

  it('completes a row from the stored pps where the file has no such column, and with defaults for a new one', () => {
    const { valid: [checked] } = checkPpsRows([row(2, {})], PLACES);
    const stored = { name: 'Oud', foundedYear: 2010, status: 'verduurzaamd' as const, municipalityCode: 'GM0014', description: 'Bewaard', descriptionEn: 'Kept', sectorCodes: ['ict'], levels: ['hbo' as const] };
    expect(completePps(checked!, stored)).toEqual({ name: 'Energiewerkplaats', foundedYear: 2019, municipalityCode: 'GM0344', levels: ['mbo'], status: 'verduurzaamd', description: 'Bewaard', descriptionEn: 'Kept', sectorCodes: ['ict'] });
    expect(completePps(checked!)).toMatchObject({ status: 'actief', description: '', descriptionEn: '', sectorCodes: [] });
  });

  it('reads the English description column and leaves it to the stored pps when the file has none', () => {
    const { valid: [withEnglish] } = checkPpsRows([row(2, { beschrijvingEngels: 'Learning on the job.' })], PLACES);
    expect(withEnglish!.descriptionEn).toBe('Learning on the job.');
    const { valid: [without] } = checkPpsRows([row(2, {})], PLACES);
    expect(without!.descriptionEn).toBeNull();
  });

  it('refuses each bad cell with its column, and the same pps twice in one file', () => {
    const { valid, problems } = checkPpsRows([
      row(2, { opgericht: '1985', gemeente: 'Atlantis', sectoren: 'Ruimtevaart', niveaus: 'mavo', status: 'gestopt' }),
      row(3, {}),
      row(4, { naam: 'energiewerkplaats ' }),
    ], PLACES);
    expect(valid.map((v) => v.line)).toEqual([3]);
    expect(problems.map((p) => `${p.line} ${p.column}: ${errorText('nl', p.code, p.values)}`)).toEqual([
      '2 opgericht: Het jaar van oprichting ligt tussen 1990 en 2100.',
      '2 status: Kies een status: actief of verduurzaamd.',
      '2 gemeente: Onbekende gemeente "Atlantis". Kies een naam of CBS-code uit /api/v1/gemeenten.',
      '2 sectoren: Onbekende sector "Ruimtevaart". Kies uit /api/v1/sectoren.',
      '2 niveaus: Onbekend onderwijsniveau "mavo". Kies vmbo, mbo, hbo of wo.',
      '4 naam: Deze pps staat ook op regel 3 van dit bestand.',
    ]);
  });
});

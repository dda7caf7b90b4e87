import { describe, expect, it } from 'vitest';
import { hasControlCharacters, idNumber, safeText } from './safe-input.ts';

describe('edge input rules', () => {
  it('takes ids up to the int4 maximum and refuses one more, in Dutch', () => {
    expect(idNumber().parse('2147483647')).toBe(2147483647);
    const refused = idNumber().safeParse('2147483648');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toContain('2.147.483.647');
    expect(idNumber().safeParse('1e3').success).toBe(true);
    expect(idNumber().safeParse('0').success).toBe(false);
  });

  it('refuses NUL, other controls and bidi overrides, and line breaks unless a note may have them', () => {
    expect(hasControlCharacters('Evil\u202Egnp.exe')).toBe(true);
    expect(hasControlCharacters('a\u0000b')).toBe(true);
    expect(hasControlCharacters('regel\nregel')).toBe(true);
    expect(hasControlCharacters('regel\r\nregel', { lines: true })).toBe(false);
    expect(hasControlCharacters('Café Ünal — “goed”')).toBe(false);
    expect(safeText(5).safeParse('zeslang').error?.issues[0]?.message).toBe('Mag hoogstens 5 tekens lang zijn.');
  });
});

describe('names in an import', () => {
  it('refuses a right-to-left override that disguises a file name', async () => {
    const { checkOrganisationRows } = await import('../import/organisation-rows.ts');
    const { problems } = checkOrganisationRows([{ line: 2, cells: { naam: 'Evil\u202Egnp.exe', soort: 'overig' } }]);
    expect(problems).toEqual([{ line: 2, column: 'naam', code: 'import.nameControl' }]);
    const { errorText } = await import('../../i18n/errors.ts');
    expect(errorText('nl', 'import.nameControl')).toBe('De naam bevat een teken dat hier niet hoort (een stuurteken of een teken dat de leesrichting omdraait).');
  });
});

import { describe, expect, it } from 'vitest';
import { errorText } from '../../i18n/errors.ts';
import { actionLineOf, checkBudgetLineRows } from './budget-line-rows.ts';

const LINES = [{ id: 1, code: 'AL1', nameNl: 'Versterken van ketens en ecosystemen' }, { id: 2, code: 'AL2', nameNl: 'Talentontwikkeling' }];
const row = (line: number, cells: Record<string, string>) => ({ line, cells: { consortium: 'techniek-oost', actielijn: 'AL1', jaar: '2025', bron: 'subsidie', bedrag: '1.000', ...cells } });

describe('budget line rows', () => {
  it('finds an action line by code, number or Dutch name', () => {
    expect(actionLineOf(LINES, 'al2')?.id).toBe(2);
    expect(actionLineOf(LINES, '2')?.id).toBe(2);
    expect(actionLineOf(LINES, 'Versterken van ketens en ecosystemen ')?.id).toBe(1);
    expect(actionLineOf(LINES, 'AL9')).toBeNull();
  });

  it('reads sources by their spreadsheet names and amounts in millions', () => {
    const { valid, problems } = checkBudgetLineRows([row(2, { bron: 'NGF-subsidie', bedrag: '€ 4,3 mln' }), row(3, { bron: 'Bedrijven', bedrag: '€ 250.000' })], LINES);
    expect(problems).toEqual([]);
    expect(valid).toEqual([
      { line: 2, consortium: 'techniek-oost', actionLineId: 1, year: 2025, source: 'ngf_subsidie', amount: 4_300_000 },
      { line: 3, consortium: 'techniek-oost', actionLineId: 1, year: 2025, source: 'bedrijfsleven', amount: 250_000 },
    ]);
  });

  it('refuses every problem of a row with its column, and the same budget line twice', () => {
    const { valid, problems } = checkBudgetLineRows([
      row(2, { actielijn: 'AL9', jaar: '25', bron: 'sponsoring', bedrag: '1.234,56' }),
      row(3, {}),
      row(4, { bedrag: '2.000' }),
    ], LINES);
    expect(valid.map((v) => v.line)).toEqual([3]);
    expect(problems.map((p) => ({ line: p.line, column: p.column, message: errorText('nl', p.code, p.values) }))).toEqual([
      { line: 2, column: 'actielijn', message: 'Onbekende actielijn "AL9". Kies AL1, AL2.' },
      { line: 2, column: 'jaar', message: 'Geef het begrotingsjaar met vier cijfers, bijvoorbeeld 2025.' },
      { line: 2, column: 'bron', message: 'Onbekende financieringsbron "sponsoring". Kies subsidie, bedrijfsleven, onderwijs, overheid of overig.' },
      { line: 2, column: 'bedrag', message: "De begroting staat in hele euro's; rond 1.234,56 af op hele euro's." },
      { line: 4, column: 'bedrag', message: 'Deze begrotingsregel staat ook op regel 3 van dit bestand.' },
    ]);
  });
});

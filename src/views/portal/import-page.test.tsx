import { describe, expect, it } from 'vitest';
import type { ReadProblem } from '../../domain/import/read-table.ts';
import { Refusals } from './import-page.tsx';

// Every refusal is a code and values, worded in the page's language (a budget rule's outcome nested in it).
describe('import refusals', () => {
  const refused: ReadProblem[] = [
    { line: 2, column: 'bedrag', code: 'import.forConsortium', values: { consortium: 'Alfa', reason: 'ruleOutcome', ruleMessage: 'rule.budget.subsidyOverAward', subsidy: 700_000, award: 600_000 } },
    { line: 3, column: 'jaar', code: 'import.budgetYear' },
  ];
  const preview = { create: [], update: [], refused };
  const render = (locale: 'nl' | 'en') => String(<Refusals csrfToken="t" locale={locale} preview={preview} />);

  it('words a rule refusal and a row refusal per locale', () => {
    const en = render('en');
    const nl = render('nl');
    expect(en).toContain('Alfa: The budgeted NGF grant is €700,000; the award is €600,000.');
    expect(nl).toMatch(/Alfa: De begrote NGF-subsidie is €\s700\.000; de toekenning is €\s600\.000\./);
    expect(en).toContain('Give the budget year in four digits, for example 2025.');
    expect(nl).toContain('Geef het begrotingsjaar met vier cijfers, bijvoorbeeld 2025.');
  });
});

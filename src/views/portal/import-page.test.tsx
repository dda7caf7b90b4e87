import { describe, expect, it } from 'vitest';
import { Refusals } from './import-page.tsx';

// The budget import's rule refusals are worded in the page's language; other refusals keep their message.
describe('import refusals', () => {
  const preview = {
    create: [], update: [],
    refused: [
      { line: 2, column: 'bedrag', message: 'Alfa: (Nederlandse zin)', rule: { subject: 'Alfa', message: 'rule.budget.subsidyOverAward', values: { subsidy: 700_000, award: 600_000 } } },
      { line: 3, column: 'jaar', message: 'Onbekend jaar.' },
    ],
  };
  const render = (locale: 'nl' | 'en') => String(<Refusals csrfToken="t" locale={locale} preview={preview} />);

  it('words a rule refusal per locale and never shows the stored Dutch sentence', () => {
    const en = render('en');
    const nl = render('nl');
    expect(en).not.toContain('(Nederlandse zin)');
    expect(nl).not.toContain('(Nederlandse zin)');
    expect(en).toContain('Alfa: The budgeted NGF grant is €700,000; the award is €600,000.');
    expect(nl).toMatch(/Alfa: De begrote NGF-subsidie is €\s700\.000; de toekenning is €\s600\.000\./);
    expect(en).toContain('Onbekend jaar.');
  });
});

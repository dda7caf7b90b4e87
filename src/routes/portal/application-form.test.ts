import { describe, expect, it } from 'vitest';
import { formFieldOf, parseApplicationForm } from './application-form.ts';

describe('the application form both ways', () => {
  it('reads Dutch amounts, lines of pps names, repeated checkboxes and plans; an empty cell is no cell', () => {
    const { content, problems } = parseApplicationForm({
      titel: 'Plan', partners: ['12', 'x', '7'], ppsen: 'Noord\r\n\n Zuid ', provincies: ['PV26'], sectoren: 'energie',
      'begroting.3.2024.ngf_subsidie': '1.250.000', 'begroting.3.2025.ngf_subsidie': '', 'begroting.3.2024.bedrijfsleven': '2000000', 'plan.3': 'Tekst',
    });
    expect(problems).toEqual([]);
    expect(content).toMatchObject({ title: 'Plan', partnerIds: [12, 7], ppsNames: ['Noord', 'Zuid'], provinces: ['PV26'], sectors: ['energie'], plans: [{ actionLineId: 3, text: 'Tekst' }] });
    expect(content.cells).toEqual([
      { actionLineId: 3, year: 2024, source: 'ngf_subsidie', amount: 1_250_000 },
      { actionLineId: 3, year: 2024, source: 'bedrijfsleven', amount: 2_000_000 },
    ]);
  });

  it('names each unreadable or fractional amount as its own cell', () => {
    const { problems } = parseApplicationForm({ 'begroting.3.2024.ngf_subsidie': '12x', 'begroting.3.2025.ngf_subsidie': '1,5', 'begroting.3.2026.ngf_subsidie': '7' });
    expect(problems).toEqual([
      { name: 'begroting.3.2024.ngf_subsidie', reason: 'amountWholeEuros' },
      { name: 'begroting.3.2025.ngf_subsidie', reason: 'amountWholeEuros' },
    ]);
  });

  it('maps the use-case’s problem paths back to the form’s fields', () => {
    const { content } = parseApplicationForm({ 'begroting.3.2024.ngf_subsidie': '5', 'plan.4': 'x' });
    expect(formFieldOf('title', content)).toBe('titel');
    expect(formFieldOf('ppsNames.0', content)).toBe('ppsen');
    expect(formFieldOf('cells.0.amount', content)).toBe('begroting.3.2024.ngf_subsidie');
    expect(formFieldOf('plans.0.text', content)).toBe('plan.4');
    expect(formFieldOf('unknown', content)).toBe('unknown');
  });
});

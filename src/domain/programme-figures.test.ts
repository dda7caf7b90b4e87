import { describe, expect, it } from 'vitest';
import { computeProgrammeFigures, type ApplicationFacts } from './programme-figures.ts';

const app = (awarded: number | null, totalCosts: number, business = 0, requested = awarded ?? 1_000_000): ApplicationFacts => ({
  awardedAmount: awarded, totalCosts, businessCofinancing: business, requestedAmount: requested,
});

describe('computeProgrammeFigures', () => {
  it('adds up awards, costs and cofinancing of honoured applications only', () => {
    const f = computeProgrammeFigures([app(4_000_000, 10_000_000, 3_000_000), app(6_000_000, 15_000_000, 5_000_000), app(null, 9_000_000, 4_000_000, 2_000_000)], 20_000_000);
    expect(f).toMatchObject({
      aantalAanvragen: 3, aantalGehonoreerd: 2, toegekendBedrag: 10_000_000, totaleInvestering: 25_000_000,
      cofinancieringBedrijfsleven: 8_000_000, aangevraagdBedrag: 12_000_000, laagsteToekenning: 4_000_000,
      hoogsteToekenning: 6_000_000, gemiddeldeToekenning: 5_000_000, aandeelTotaleKosten: 0.4, matchingAandeel: 0.6, budgetplafond: 20_000_000,
    });
  });

  it('gives empty figures, not errors, when nothing was honoured yet', () => {
    const f = computeProgrammeFigures([app(null, 1_000_000)], 5);
    expect(f).toMatchObject({ aantalGehonoreerd: 0, toegekendBedrag: 0, aandeelTotaleKosten: 0, laagsteToekenning: null, hoogsteToekenning: null, gemiddeldeToekenning: null });
  });

  it('rounds the average to whole euros and shares to four decimals', () => {
    const f = computeProgrammeFigures([app(1, 3), app(2, 3), app(2, 3)], 0);
    expect(f.gemiddeldeToekenning).toBe(2);
    expect(f.aandeelTotaleKosten).toBe(0.5556);
  });
});

import { z } from 'zod';

// "De regeling in cijfers": every figure is computed from the applications and their decisions.
export type ApplicationFacts = {
  requestedAmount: number;
  totalCosts: number;
  /** Awarded amount when the decision was to honour the application, otherwise null. */
  awardedAmount: number | null;
  businessCofinancing: number;
};

export const ProgrammeFigures = z.object({
  budgetplafond: z.number().int().describe('Budget van de regeling in euro'),
  aantalAanvragen: z.number().int().describe('Aantal ingediende aanvragen'),
  aantalGehonoreerd: z.number().int().describe('Aantal gehonoreerde aanvragen'),
  aangevraagdBedrag: z.number().int().describe('Totaal aangevraagd bedrag in euro'),
  toegekendBedrag: z.number().int().describe('Totaal toegekend bedrag in euro'),
  totaleInvestering: z.number().int().describe('Totale kosten van de gehonoreerde plannen in euro'),
  aandeelTotaleKosten: z.number().describe('Toegekend bedrag als fractie van de totale kosten'),
  matchingAandeel: z.number().describe('Aandeel van de totale kosten dat andere partijen dragen (fractie)'),
  cofinancieringBedrijfsleven: z.number().int().describe('Cofinanciering door het bedrijfsleven in euro'),
  laagsteToekenning: z.number().int().nullable().describe('Laagst toegekend bedrag in euro'),
  hoogsteToekenning: z.number().int().nullable().describe('Hoogst toegekend bedrag in euro'),
  gemiddeldeToekenning: z.number().int().nullable().describe('Gemiddelde toekenning per gehonoreerde aanvraag in euro'),
});
export type ProgrammeFigures = z.infer<typeof ProgrammeFigures>;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0);

export function computeProgrammeFigures(apps: ApplicationFacts[], budgetCeiling: number): ProgrammeFigures {
  const honoured = apps.filter((a) => a.awardedAmount !== null);
  const awards = honoured.map((a) => a.awardedAmount as number);
  const awarded = sum(awards);
  const totalCosts = sum(honoured.map((a) => a.totalCosts));
  return {
    budgetplafond: budgetCeiling,
    aantalAanvragen: apps.length,
    aantalGehonoreerd: honoured.length,
    aangevraagdBedrag: sum(apps.map((a) => a.requestedAmount)),
    toegekendBedrag: awarded,
    totaleInvestering: totalCosts,
    aandeelTotaleKosten: share(awarded, totalCosts),
    matchingAandeel: totalCosts > 0 ? share(totalCosts - awarded, totalCosts) : 0,
    cofinancieringBedrijfsleven: sum(honoured.map((a) => a.businessCofinancing)),
    laagsteToekenning: awards.length ? Math.min(...awards) : null,
    hoogsteToekenning: awards.length ? Math.max(...awards) : null,
    gemiddeldeToekenning: awards.length ? Math.round(awarded / awards.length) : null,
  };
}

import type { Db } from '../../src/db/client.ts';
import type { SectorCode } from '../../src/domain/code-lists.ts';
import { addAward, addBudget, addReport, addTargets, createConsortium, createProgramme, type TestConsortium, type TestProgramme } from './factories.ts';

// Small public data for the browser suites of the public pages, instead of the whole demo. Made before the app
// starts: the response cache keeps public figures, so data added later would not show.

export type SeededConsortium = TestConsortium & { awarded: number; yearlyBudget: number; sector: SectorCode };
export type PublicProgramme = { programme: TestProgramme; consortia: SeededConsortium[]; budgetYears: number[] };

export const BUDGET_YEARS = [2024, 2025, 2026, 2027];

/**
 * Three consortia in three provinces, each with an award, a yearly subsidy budget per action line, targets and an
 * approved 2024 report: Utrecht and Maastricht (energie), Groningen (zorg), Heerlen (energie).
 * Awards differ so a sort on the awarded amount has one answer.
 */
export async function seedPublicProgramme(db: Db): Promise<PublicProgramme> {
  const programme = await createProgramme(db);
  const plan: { ppsAt: string[]; sector: SectorCode; awarded: number; yearlyBudget: number }[] = [
    { ppsAt: ['GM0344', 'GM0935'], sector: 'energie', awarded: 6_000_000, yearlyBudget: 400_000 },
    { ppsAt: ['GM0014'], sector: 'zorg', awarded: 9_000_000, yearlyBudget: 200_000 },
    { ppsAt: ['GM0917'], sector: 'energie', awarded: 3_000_000, yearlyBudget: 150_000 },
  ];
  const consortia: SeededConsortium[] = [];
  for (const { ppsAt, sector, awarded, yearlyBudget } of plan) {
    const consortium = await createConsortium(db, programme, { ppsAt, sectors: [sector], companiesPerPps: 1 });
    await addAward(db, consortium, { awarded, business: awarded / 4 });
    await addBudget(db, programme, consortium.id, { years: BUDGET_YEARS, amount: yearlyBudget });
    await addTargets(db, programme, consortium.id, { baseline: 100, target: 300 });
    await addReport(db, programme, consortium, { year: 2024, status: 'goedgekeurd', value: 150, realised: yearlyBudget });
    consortia.push({ ...consortium, awarded, yearlyBudget, sector });
  }
  return { programme, consortia, budgetYears: BUDGET_YEARS };
}

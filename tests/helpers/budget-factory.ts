import type { Db } from '../../src/db/client.ts';
import * as s from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/services/context.ts';
import { setBudgetBaseline } from '../../src/services/budget/set-budget-baseline.ts';

export type BudgetWorld = { consortiumId: number; actionLineIds: number[]; office: Actor; coordinator: Actor; programmeId: number };

const RULES = [
  { code: 'begroting_binnen_toekenning', value: true }, { code: 'max_subsidieaandeel', value: 0.5 }, { code: 'drempel_wijzigingsverzoek', value: 0.25 },
  { code: 'rapportagevenster_dagen', value: 0 }, { code: 'verplichte_rapportagevelden', value: { indicatoren: ['studenten'], realisatie: true } },
];

/**
 * A programme of one consortium awarded `award`, with two action lines over 2024–2026 and a planned budget
 * (per line and year: the subsidy and as much business cofinancing) approved as its baseline.
 */
export async function createBudgetWorld(db: Db, award = 600_000): Promise<BudgetWorld> {
  return db.transaction(async (tx) => {
    const [p] = await tx.insert(s.programmes).values({ slug: 'test', name: 'Testregeling', shortName: 'Test', budgetCeiling: 10_000_000, startsOn: '2024-01-01', endsOn: '2026-12-31' }).returning({ id: s.programmes.id });
    const programmeId = p!.id;
    await tx.insert(s.programmeRules).values(RULES.map((r) => ({ programmeId, code: r.code, value: r.value, descriptionNl: r.code, validFrom: '2023-01-01' })));
    const lines = await tx.insert(s.actionLines).values([1, 2].map((n) => ({ programmeId, code: `AL${n}`, position: n, nameNl: `Lijn ${n}`, nameEn: `Line ${n}` }))).returning({ id: s.actionLines.id });
    await tx.insert(s.indicators).values({ programmeId, code: 'studenten', position: 1, nameNl: 'Studenten', nameEn: 'Students', unit: 'studenten', kind: 'aantal', isReach: true });
    const [org] = await tx.insert(s.organisations).values({ name: 'ROC Test', kind: 'onderwijsinstelling', educationLevel: 'mbo' }).returning({ id: s.organisations.id });
    const [c] = await tx.insert(s.consortia).values({ programmeId, slug: 'test-consortium', name: 'Testconsortium', leadOrganisationId: org!.id }).returning({ id: s.consortia.id });
    const [round] = await tx.insert(s.rounds).values({ programmeId, name: 'Ronde', opensOn: '2023-03-20', closesOn: '2023-04-17', budget: 10_000_000 }).returning({ id: s.rounds.id });
    const [app] = await tx.insert(s.applications).values({ roundId: round!.id, reference: 'T-1', title: 'Plan', leadOrganisationId: org!.id, consortiumId: c!.id,
      requestedAmount: award, totalCosts: award * 2, status: 'toegekend', submittedAt: new Date('2023-04-01') }).returning({ id: s.applications.id });
    await tx.insert(s.decisions).values({ applicationId: app!.id, outcome: 'toegekend', awardedAmount: award, decidedOn: '2023-07-01' });
    const perCell = award / 2 / 3;
    await tx.insert(s.budgetLines).values(lines.flatMap((l) => [2024, 2025, 2026].flatMap((year) => [
      { consortiumId: c!.id, actionLineId: l.id, year, source: 'ngf_subsidie' as const, plannedAmount: perCell },
      { consortiumId: c!.id, actionLineId: l.id, year, source: 'bedrijfsleven' as const, plannedAmount: perCell },
    ])));
    await setBudgetBaseline(tx, c!.id);
    const users = await tx.insert(s.users).values([{ email: 'bureau@test.nl', name: 'Bureau' }, { email: 'coord@test.nl', name: 'Coördinator' }]).returning({ id: s.users.id });
    return {
      consortiumId: c!.id, programmeId, actionLineIds: lines.map((l) => l.id),
      office: { userId: users[0]!.id, roles: [{ role: 'programmabureau', consortiumId: null }] },
      coordinator: { userId: users[1]!.id, roles: [{ role: 'coordinator', consortiumId: c!.id }] },
    };
  });
}

import { eq } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import * as s from '../../src/db/schema/index.ts';
import type { DashboardFilter } from '../../src/domain/dashboard/filter.ts';
import { addPartner } from '../../src/services/consortia/add-partner.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { getBudgetByActionLine } from '../../src/services/dashboard/get-budget-by-action-line.ts';
import { getComposition } from '../../src/services/dashboard/get-composition.ts';
import { getGoals } from '../../src/services/dashboard/get-goals.ts';
import { getDisciplineCounts, getSectorCounts } from '../../src/services/dashboard/get-sectors-and-levels.ts';
import { getSpread } from '../../src/services/dashboard/get-spread.ts';
import { resolveScope, type Scope } from '../../src/services/dashboard/resolve-scope.ts';
import { approveReport } from '../../src/services/reports/approve-report.ts';
import { addBudget, addReport, addTargets, createConsortium, createOrganisation, createProgramme, type TestConsortium } from '../helpers/factories.ts';
import { createTestDatabase, DATABASE_KINDS } from '../helpers/test-db.ts';

// Every figure the dashboard reads from the precomputed tables (migration 0007), beside the same figure computed
// straight from the base tables (the services' direct path, taken when the scope has no key): the oracle.
async function figures(ctx: ServiceContext, scope: Scope) {
  const [composition, goals, budget, budget2025, budgetAl1, spread, sectors, disciplines] = await Promise.all([
    getComposition(ctx, scope), getGoals(ctx, scope), getBudgetByActionLine(ctx, scope, {}), getBudgetByActionLine(ctx, scope, { jaar: 2025 }),
    getBudgetByActionLine(ctx, scope, { actielijn: 'AL1' }), getSpread(ctx, scope), getSectorCounts(ctx, scope), getDisciplineCounts(ctx, scope),
  ]);
  const goalsUpTo2024 = await getGoals(ctx, scope, { upToYear: 2024 });
  return { composition, goals, goalsUpTo2024, budget, budget2025, budgetAl1, spread, sectors, disciplines };
}
const direct = (ctx: ServiceContext, scope: Scope) => figures(ctx, { ...scope, key: null });
const count = (composition: { category: string; count: number }[], category: string) => composition.find((c) => c.category === category)?.count;

describe.each(DATABASE_KINDS)('precomputed public figures on %s', (kind) => {
  // The figures count the whole programme (the first one in the database) and two tests change them (an approval,
  // a new partner), so each test gets a database of its own with the same two consortia, closed when it ends.
  async function arrangeFigures() {
    const database = await createTestDatabase(kind);
    onTestFinished(() => database.dispose());
    const ctx: ServiceContext = { db: database.db, actor: null };
    const programme = await createProgramme(database.db);
    const north = await createConsortium(database.db, programme, { ppsAt: ['GM0344', 'GM0363'], sectors: ['energie', 'zorg'], companiesPerPps: 3 });
    const south = await createConsortium(database.db, programme, { ppsAt: ['GM0599'], sectors: ['zorg'], companiesPerPps: 2 });
    // One organisation in both consortia, counted once in the whole programme; a municipality and a knowledge institute.
    const shared = await createOrganisation(database.db, { kind: 'kennisinstelling' });
    const council = await createOrganisation(database.db, { kind: 'overheid' });
    await database.db.insert(s.memberships).values([
      { ppsId: north.pps[0]!.id, organisationId: shared.id, since: '2020-01-01' }, { ppsId: south.pps[0]!.id, organisationId: shared.id, since: '2020-01-01' },
      { ppsId: north.pps[1]!.id, organisationId: council.id, since: '2020-01-01', until: '2022-12-31' },
    ]);
    await database.db.insert(s.ppsDisciplines).values([{ ppsId: north.pps[0]!.id, disciplineCode: 'techniek' }, { ppsId: south.pps[0]!.id, disciplineCode: 'techniek' }]);
    for (const [c, amount] of [[north, 100_000], [south, 40_000]] as const) {
      await addBudget(database.db, programme, c.id, { years: [2024, 2025], amount });
      await addTargets(database.db, programme, c.id, { baseline: 10, target: 30 });
    }
    await addReport(database.db, programme, north, { year: 2024, status: 'goedgekeurd', value: 14 });
    await addReport(database.db, programme, south, { year: 2024, status: 'goedgekeurd', value: 11 });
    const submittedReportId = await addReport(database.db, programme, north, { year: 2025, status: 'ingediend', value: 20 });
    return { database, ctx, programme, north, south, submittedReportId };
  }

  const filters = (north: TestConsortium, south: TestConsortium): [string, DashboardFilter][] => [
    ['no filter', {}], ['Utrecht', { provincie: 'PV26' }], ['Noord-Holland', { provincie: 'PV27' }], ['Zuid-Holland', { provincie: 'PV28' }],
    ['Groningen (empty)', { provincie: 'PV20' }], ['energie', { sector: 'energie' }], ['zorg', { sector: 'zorg' }],
    ['north', { consortium: north.slug }], ['south', { consortium: south.slug }],
  ];

  it('equal the figures computed from the base tables, for every single filter', async () => {
    const { ctx, north, south } = await arrangeFigures();
    for (const [name, filter] of filters(north, south)) {
      const scope = await resolveScope(ctx, filter);
      expect(scope.key, name).not.toBeNull();
      expect(await figures(ctx, scope), name).toEqual(await direct(ctx, scope));
    }
  });

  it('hold the expected numbers, so the comparison is not of two empty answers', async () => {
    const { ctx, programme } = await arrangeFigures();
    const all = await figures(ctx, await resolveScope(ctx, {}));
    expect(count(all.composition, 'kennisinstelling')).toBe(1);
    expect(count(all.composition, 'overheid-gemeente')).toBe(1);
    expect(count(all.composition, 'onderwijs-mbo')).toBe(2);
    expect(count(all.composition, 'bedrijf-mkb')).toBe(3 * 2 + 2);
    expect(all.goals[0]).toMatchObject({ baseline: 20, target: 60, realised: 25, realisedYear: 2024, reportingConsortia: 2 });
    expect(all.budget2025.reduce((sum, r) => sum + r.subsidy, 0)).toBe((100_000 + 40_000) * programme.actionLines.length);
    expect(all.spread.find((p) => p.code === 'PV27')).toMatchObject({ consortia: 1, pps: 1 });
    expect(all.disciplines).toEqual([expect.objectContaining({ code: 'techniek', count: 2 })]);
    const utrecht = await figures(ctx, await resolveScope(ctx, { provincie: 'PV26' }));
    expect(count(utrecht.composition, 'overheid-gemeente')).toBe(0);
  });

  it('follow an approval at once, through the real use-case', async () => {
    const { database, ctx, programme, north, submittedReportId } = await arrangeFigures();
    const [report] = await database.db.select({ id: s.progressReports.id, version: s.progressReports.version }).from(s.progressReports)
      .where(eq(s.progressReports.id, submittedReportId));
    await approveReport({ db: database.db, actor: programme.office.actor }, { reportId: report!.id, version: report!.version });
    const scope = await resolveScope(ctx, { consortium: north.slug });
    const goals = await getGoals(ctx, scope);
    expect(goals[0]).toMatchObject({ realised: 20, realisedYear: 2025 });
    expect(goals).toEqual((await direct(ctx, scope)).goals);
    // The whole programme keeps 2024: two consortia reported it, one 2025.
    expect((await getGoals(ctx, await resolveScope(ctx, {})))[0]).toMatchObject({ realised: 25, realisedYear: 2024 });
  });

  it('follow a new partner at once, through the real use-case, and a rolled-back write leaves them as they were', async () => {
    const { database, ctx, south } = await arrangeFigures();
    const ppsId = south.pps[0]!.id;
    await addPartner({ db: database.db, actor: south.coordinator.actor }, { ppsId, organisation: { name: 'Gemeente Testrijk', kind: 'overheid', governmentLevel: 'gemeente' } });
    for (const filter of [{}, { provincie: 'PV28' }, { sector: 'zorg' }, { consortium: south.slug }] as DashboardFilter[]) {
      const scope = await resolveScope(ctx, filter);
      expect(count(await getComposition(ctx, scope), 'overheid-gemeente'), JSON.stringify(filter)).toBe(filter.provincie || filter.consortium ? 1 : 2);
      expect(await getComposition(ctx, scope)).toEqual((await direct(ctx, scope)).composition);
    }
    const before = await figures(ctx, await resolveScope(ctx, {}));
    await database.db.transaction(async (tx) => {
      const company = await createOrganisation(tx as never, { kind: 'branche' });
      await tx.insert(s.memberships).values({ ppsId, organisationId: company.id, since: '2024-01-01' });
      tx.rollback();
    }).catch(() => {});
    expect(await figures(ctx, await resolveScope(ctx, {}))).toEqual(before);
  });

  it('leave combined filters to the direct queries', async () => {
    const { ctx } = await arrangeFigures();
    const scope = await resolveScope(ctx, { provincie: 'PV26', sector: 'energie' });
    expect(scope.key).toBeNull();
    expect(count(await getComposition(ctx, scope), 'onderwijs-mbo')).toBe(1);
  });
});

import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, budgetBaselineLines, budgetLines, changeRequests, progressReports } from '../../src/db/schema/index.ts';
import { Forbidden, Invalid, RulesFailed } from '../../src/errors.ts';
import { decideChangeRequest } from '../../src/services/budget/decide-change-request.ts';
import { listChangeRequests } from '../../src/services/budget/list-change-requests.ts';
import { submitChangeRequest } from '../../src/services/budget/submit-change-request.ts';
import { getBudgetGrid } from '../../src/services/consortia/get-budget-grid.ts';
import { upsertBudgetLines, type BudgetLineInput } from '../../src/services/consortia/upsert-budget-lines.ts';
import { addRuleVersion } from '../../src/services/programmes/add-rule-version.ts';
import { createReport } from '../../src/services/reports/create-report.ts';
import { createBudgetWorld, type BudgetWorld } from '../helpers/budget-factory.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

describe.each(DATABASE_KINDS)('the programme rules on budgets and reports on %s', (kind) => {
  let database: TestDatabase | undefined;
  let w: BudgetWorld;
  // Each test gets its own database: no state is shared between tests.
  beforeEach(async () => {
    await database?.dispose();
    database = await createTestDatabase(kind);
    w = await createBudgetWorld(database.db);
  });
  afterAll(() => database?.dispose());

  const db = () => database!.db;
  const as = (actor: BudgetWorld['office']) => ({ db: db(), actor });
  const cell = async (lineIndex: number, year: number, source: 'ngf_subsidie' | 'bedrijfsleven'): Promise<BudgetLineInput> => {
    const grid = await getBudgetGrid(as(w.office), { consortiumId: w.consortiumId });
    const c = grid.cells.find((x) => x.actionLineId === w.actionLineIds[lineIndex] && x.year === year && x.source === source)!;
    return { actionLineId: c.actionLineId, year, source, plannedAmount: c.plannedAmount, version: c.version };
  };
  const snapshot = async () => ({
    lines: await db().select().from(budgetLines).orderBy(budgetLines.id),
    audit: (await db().select({ n: count() }).from(auditLog))[0]!.n,
    requests: (await db().select({ n: count() }).from(changeRequests))[0]!.n,
  });

  it('refuses a budget whose subsidy goes over the award, naming the rule and its numbers, and writes nothing', async () => {
    const before = await snapshot();
    const subsidy = await cell(0, 2025, 'ngf_subsidie');
    const error = await upsertBudgetLines(as(w.coordinator), { consortiumId: w.consortiumId, lines: [{ ...subsidy, plannedAmount: subsidy.plannedAmount + 1 }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RulesFailed);
    const over = (error as RulesFailed).outcomes.find((o) => o.rule === 'begroting_binnen_toekenning');
    expect(over?.values).toEqual({ subsidy: 600_001, award: 600_000 });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a change beyond the threshold without approval; the change request counts once the office approves it', async () => {
    const before = await snapshot();
    const business = await cell(0, 2025, 'bedrijfsleven');
    const moved = { ...business, plannedAmount: 400_000 };
    const error = await upsertBudgetLines(as(w.coordinator), { consortiumId: w.consortiumId, lines: [moved] }).catch((e: unknown) => e);
    expect((error as RulesFailed).outcomes.map((o) => o.rule)).toEqual(['drempel_wijzigingsverzoek', 'drempel_wijzigingsverzoek']);
    expect((error as RulesFailed).outcomes[0]!.values).toMatchObject({ actionLine: 'AL1', approved: 600_000, planned: 900_000, deviation: 0.5 });
    expect(await snapshot()).toEqual(before);

    // Without a reason nothing is filed; with one it waits for the office and the budget stays as it was.
    await expect(submitChangeRequest(as(w.coordinator), { consortiumId: w.consortiumId, lines: [moved], motivation: '  ' })).rejects.toBeInstanceOf(Invalid);
    const { id } = await submitChangeRequest(as(w.coordinator), { consortiumId: w.consortiumId, lines: [moved], motivation: 'Extra praktijkleerplaatsen bij bedrijven.' });
    expect((await cell(0, 2025, 'bedrijfsleven')).plannedAmount).toBe(100_000);
    await expect(decideChangeRequest(as(w.coordinator), { id, version: 1, outcome: 'goedgekeurd', note: '' })).rejects.toBeInstanceOf(Forbidden);

    await decideChangeRequest(as(w.office), { id, version: 1, outcome: 'goedgekeurd', note: 'Akkoord.' });
    expect((await cell(0, 2025, 'bedrijfsleven')).plannedAmount).toBe(400_000);
    const [baseline] = await db().select({ amount: budgetBaselineLines.amount }).from(budgetBaselineLines)
      .where(and(eq(budgetBaselineLines.actionLineId, w.actionLineIds[0]!), eq(budgetBaselineLines.year, 2025), eq(budgetBaselineLines.source, 'bedrijfsleven')));
    expect(baseline?.amount).toBe(400_000);
    expect((await listChangeRequests(as(w.coordinator))).map((r) => [r.status, r.decisionNote])).toEqual([['goedgekeurd', 'Akkoord.']]);
    // Measured against the new approved budget, a small change needs no request.
    await upsertBudgetLines(as(w.coordinator), { consortiumId: w.consortiumId, lines: [{ ...(await cell(0, 2025, 'bedrijfsleven')), plannedAmount: 420_000 }] });
  });

  it('refuses a change request only with a reason, and the refused change never counts', async () => {
    const business = await cell(1, 2026, 'bedrijfsleven');
    const { id } = await submitChangeRequest(as(w.coordinator), { consortiumId: w.consortiumId, lines: [{ ...business, plannedAmount: 400_000 }], motivation: 'Een tweede bedrijf doet mee.' });
    await expect(decideChangeRequest(as(w.office), { id, version: 1, outcome: 'afgewezen', note: '' })).rejects.toBeInstanceOf(Invalid);
    await decideChangeRequest(as(w.office), { id, version: 1, outcome: 'afgewezen', note: 'Zoek eerst een vervangend bedrijf.' });
    expect((await cell(1, 2026, 'bedrijfsleven')).plannedAmount).toBe(100_000);
    await expect(decideChangeRequest(as(w.office), { id, version: 2, outcome: 'goedgekeurd', note: '' })).rejects.toThrow(/al besloten/);
  });

  it('refuses a report for a period that has not ended and writes nothing; the office’s window opens it earlier', async () => {
    const today = new Date('2026-12-01T09:00:00Z');
    const error = await createReport(as(w.coordinator), { consortiumId: w.consortiumId, periodYear: 2026, today }).catch((e: unknown) => e);
    expect((error as RulesFailed).outcomes[0]).toMatchObject({ rule: 'rapportagevenster_dagen', values: { year: 2026, opensOn: '2027-01-01' } });
    expect(await db().select().from(progressReports)).toEqual([]);
    await addRuleVersion(as(w.office), { code: 'rapportagevenster_dagen', value: '31', validFrom: '2026-11-01', descriptionNl: 'Rapporteren vanaf december' });
    await createReport(as(w.coordinator), { consortiumId: w.consortiumId, periodYear: 2026, today });
    expect(await db().select({ year: progressReports.periodYear }).from(progressReports)).toEqual([{ year: 2026 }]);
  });

  it('adds a rule version only with a value of the rule’s shape, after the version before', async () => {
    await expect(addRuleVersion(as(w.coordinator), { code: 'max_subsidieaandeel', value: '0.4', validFrom: '2027-01-01', descriptionNl: 'x' })).rejects.toBeInstanceOf(Forbidden);
    await expect(addRuleVersion(as(w.office), { code: 'max_subsidieaandeel', value: '"veel"', validFrom: '2027-01-01', descriptionNl: 'x' })).rejects.toBeInstanceOf(Invalid);
    await expect(addRuleVersion(as(w.office), { code: 'max_subsidieaandeel', value: '0.4', validFrom: '2020-01-01', descriptionNl: 'x' })).rejects.toBeInstanceOf(Invalid);
    expect(await addRuleVersion(as(w.office), { code: 'max_subsidieaandeel', value: '0.4', validFrom: '2027-01-01', descriptionNl: 'Lager aandeel' })).toMatchObject({ version: 2 });
  });
});

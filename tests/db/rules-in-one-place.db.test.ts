import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, consortia } from '../../src/db/schema/index.ts';
import { Forbidden, Invalid } from '../../src/errors.ts';
import { upsertBudgetLines } from '../../src/services/consortia/upsert-budget-lines.ts';
import { commitBudgetLineImport } from '../../src/services/imports/import-budget-lines.ts';
import { createBudgetWorld, type BudgetWorld } from '../helpers/budget-factory.ts';
import { makeConsortium, makeReport } from '../helpers/portal-factory.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';
import { errorText } from '../../src/i18n/errors.ts';

// A rule the portal form applies holds for the import too: the same refusal, and nothing written either way.
describe.each(DATABASE_KINDS)('one rule for the portal form and the import on %s', (kind) => {
  let database: TestDatabase;
  let world: BudgetWorld;
  let other: number;
  const csv = (consortium: string, year: number, amount: number) => new TextEncoder().encode(`consortium;actielijn;jaar;bron;bedrag\n${consortium};AL1;${year};subsidie;${amount}\n`);
  const snapshot = async () => database.db.select({ id: budgetLines.id, amount: budgetLines.plannedAmount, version: budgetLines.version }).from(budgetLines).orderBy(budgetLines.id);
  const cell = (year: number) => ({ actionLineId: world.actionLineIds[0]!, year, source: 'ngf_subsidie' as const, plannedAmount: 100_001, version: null });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    world = await createBudgetWorld(database.db);
    other = await makeConsortium(database.db, world.programmeId, 'Ander consortium');
  }, 240_000);
  afterAll(() => database?.dispose());

  it('scope: a coordinator touches only their own consortium, in the grid and by import', async () => {
    const before = await snapshot();
    const ctx = { db: database.db, actor: world.coordinator };
    await expect(upsertBudgetLines(ctx, { consortiumId: other, lines: [cell(2025)] })).rejects.toBeInstanceOf(Forbidden);
    const [target] = await database.db.select({ slug: consortia.slug }).from(consortia).where(eq(consortia.id, other));
    const refusal = await commitBudgetLineImport(ctx, csv(target!.slug, 2025, 100_001)).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Invalid);
    expect((refusal as Invalid).problems.map((p) => errorText('nl', p.reason, p.values))).toEqual([expect.stringContaining('U mag geen gegevens inlezen')]);
    expect(await snapshot()).toEqual(before);
  });

  it('locked period: the budget of a year with an approved report stays as it is, in the grid and by import', async () => {
    await makeReport(database.db, world.consortiumId, 2024, 'goedgekeurd');
    const before = await snapshot();
    const ctx = { db: database.db, actor: world.coordinator };
    const grid = await upsertBudgetLines(ctx, { consortiumId: world.consortiumId, lines: [{ ...cell(2024), version: 1 }] }).catch((e: unknown) => e);
    expect(grid).toBeInstanceOf(Invalid);
    expect((grid as Invalid).problems.map((p) => errorText('nl', p.reason, p.values))).toEqual([expect.stringContaining('ligt vast')]);
    const refusal = await commitBudgetLineImport(ctx, csv('test-consortium', 2024, 100_001)).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Invalid);
    expect((refusal as Invalid).problems.map((p) => errorText('nl', p.reason, p.values))).toEqual([expect.stringContaining('ligt vast')]);
    expect(await snapshot()).toEqual(before);
  });
});

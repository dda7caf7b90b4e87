import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, progressReports } from '../../src/db/schema/index.ts';
import { budgetField, budgetVersionField } from '../../src/domain/consortia/grid-fields.ts';
import { errorText } from '../../src/i18n/errors.ts';
import { Invalid } from '../../src/errors.ts';
import { commitBudgetLineImport, previewBudgetLineImport } from '../../src/services/imports/import-budget-lines.ts';
import { createBudgetWorld, type BudgetWorld } from '../helpers/budget-factory.ts';
import { makeReport } from '../helpers/portal-factory.ts';
import { as, createPortalTestApp, TEST_CSRF } from '../helpers/portal-test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// One lock rule for a period's budget (domain/budget/budget-lock.ts): from the report's submission, through
// its assessment, to approval; a returned report opens the year again. The portal form and the import agree.
describe.each(DATABASE_KINDS)('the budget of a locked period on %s', (kind) => {
  let database: TestDatabase;
  let world: BudgetWorld;
  let app: ReturnType<typeof createPortalTestApp>;
  const line = () => world.actionLineIds[0]!;
  const snapshot = async () => database.db.select({ id: budgetLines.id, amount: budgetLines.plannedAmount, version: budgetLines.version })
    .from(budgetLines).where(eq(budgetLines.consortiumId, world.consortiumId)).orderBy(budgetLines.id);
  const csv = (year: number, amount: number) => new TextEncoder().encode(`consortium;actielijn;jaar;bron;bedrag\ntest-consortium;AL1;${year};subsidie;${amount}\n`);
  const stored = async (year: number) => (await database.db.select({ amount: budgetLines.plannedAmount, version: budgetLines.version }).from(budgetLines)
    .where(and(eq(budgetLines.consortiumId, world.consortiumId), eq(budgetLines.actionLineId, line()), eq(budgetLines.year, year), eq(budgetLines.source, 'ngf_subsidie'))))[0]!;
  /** The coordinator saves one changed cell through the portal's budget form. */
  const saveInGrid = async (year: number, amount: number) => {
    const { version } = await stored(year);
    return app.request(`/portaal/consortia/${world.consortiumId}/begroting`, as(world.coordinator, {
      _csrf: TEST_CSRF, [budgetField(line(), year, 'ngf_subsidie')]: String(amount), [budgetVersionField(line(), year, 'ngf_subsidie')]: String(version),
    }));
  };
  const importRefusal = async (year: number, amount: number) => {
    const error = await commitBudgetLineImport({ db: database.db, actor: world.coordinator }, csv(year, amount)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    return (error as Invalid).problems.map((p) => errorText('nl', p.reason, p.values));
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    world = await createBudgetWorld(database.db);
    app = createPortalTestApp(database.db);
  }, 240_000);
  afterAll(() => database?.dispose());

  it('refuses a change to a year whose report is submitted (being assessed), in the form and by import, and writes nothing', async () => {
    await makeReport(database.db, world.consortiumId, 2025, 'ingediend');
    const before = await snapshot();
    const { amount } = await stored(2025);
    const form = await saveInGrid(2025, amount + 1);
    expect(form.status).toBe(400);
    expect(await form.text()).toContain('De rapportage over 2025 is ingediend en wordt beoordeeld; de begroting van dat jaar ligt vast');
    expect(await importRefusal(2025, amount + 1)).toEqual(['test-consortium: De rapportage over 2025 is ingediend en wordt beoordeeld; de begroting van dat jaar ligt vast, tenzij de rapportage wordt teruggestuurd.']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a change to a year whose report is approved, in the form and by import, and writes nothing', async () => {
    await makeReport(database.db, world.consortiumId, 2024, 'goedgekeurd');
    const before = await snapshot();
    const { amount } = await stored(2024);
    const form = await saveInGrid(2024, amount + 1);
    expect(form.status).toBe(400);
    expect(await form.text()).toContain('De rapportage over 2024 is goedgekeurd; de begroting van dat jaar ligt vast.');
    expect(await importRefusal(2024, amount + 1)).toEqual(['test-consortium: De rapportage over 2024 is goedgekeurd; de begroting van dat jaar ligt vast.']);
    expect(await snapshot()).toEqual(before);
  });

  it('lets the same amount in a locked year pass the import, so an exported budget reads back cleanly', async () => {
    const { amount } = await stored(2024);
    const preview = await previewBudgetLineImport({ db: database.db, actor: world.coordinator }, csv(2024, amount));
    expect(preview).toEqual({ create: [], update: [], refused: [] });
  });

  it('opens the year again when the office returns the report: the form saves, and so does an import', async () => {
    await database.db.update(progressReports).set({ status: 'teruggestuurd', reviewNote: 'Graag aanvullen' })
      .where(and(eq(progressReports.consortiumId, world.consortiumId), eq(progressReports.periodYear, 2025)));
    const { amount, version } = await stored(2025);
    // Less subsidy, so the programme's subsidy share still holds and only the lock could refuse.
    expect((await saveInGrid(2025, amount - 1)).status).toBe(303);
    expect(await stored(2025)).toEqual({ amount: amount - 1, version: version + 1 });
    await commitBudgetLineImport({ db: database.db, actor: world.coordinator }, csv(2025, amount));
    expect(await stored(2025)).toEqual({ amount, version: version + 2 });
  });
});

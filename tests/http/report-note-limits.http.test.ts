import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressReports, reportComments, reportNarratives } from '../../src/db/schema/index.ts';
import { fieldIdOf } from '../../src/views/portal/form-controls.tsx';
import { narrativeField } from '../../src/domain/reports/report-fields.ts';
import { createBudgetWorld, type BudgetWorld } from '../helpers/budget-factory.ts';
import { makeReport } from '../helpers/portal-factory.ts';
import { as, createPortalTestApp, TEST_CSRF } from '../helpers/portal-test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// A report note of 900 KB (under the 1 MB form limit, so it reaches the use-case) was once stored as it came.
describe('a report note of 900 KB', () => {
  let database: TestDatabase;
  let world: BudgetWorld;
  let app: ReturnType<typeof createPortalTestApp>;
  let reportId: number;
  const HUGE = 'Een lange toelichting. '.repeat(40_000).slice(0, 900 * 1024);
  const versionOf = async () => (await database.db.select({ version: progressReports.version }).from(progressReports).where(eq(progressReports.id, reportId)))[0]!.version;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    world = await createBudgetWorld(database.db);
    app = createPortalTestApp(database.db);
    reportId = await makeReport(database.db, world.consortiumId, 2024, 'concept');
  });
  afterAll(() => database?.dispose());

  it('is refused as an action line\'s narrative, with a message linked to that field, in Dutch and English, and nothing is stored', async () => {
    const field = narrativeField(world.actionLineIds[0]!);
    const version = await versionOf();
    for (const [locale, text] of [['', 'Gebruik ten hoogste 10.000 tekens.'], ['/en', 'Use at most 10,000 characters.']] as const) {
      const response = await app.request(`${locale}/portaal/rapportages/${reportId}`, as(world.coordinator, { _csrf: TEST_CSRF, version: String(version), [field]: HUGE }));
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain(`<a class="utrecht-link" href="#${fieldIdOf(field)}">${text}</a>`);
      expect(html).toContain(`id="${fieldIdOf(field)}"`);
    }
    expect(await database.db.select({ body: reportNarratives.body }).from(reportNarratives).where(eq(reportNarratives.reportId, reportId))).toEqual([]);
    expect(await versionOf()).toBe(version);
  });

  it('is refused as a comment on the report, with a message linked to the comment field, and nothing is stored', async () => {
    const response = await app.request(`/portaal/rapportages/${reportId}/opmerkingen`, as(world.coordinator, { _csrf: TEST_CSRF, body: HUGE }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(`<a class="utrecht-link" href="#${fieldIdOf('body')}">Gebruik ten hoogste 5000 tekens.</a>`);
    expect(await database.db.select({ id: reportComments.id }).from(reportComments).where(eq(reportComments.reportId, reportId))).toEqual([]);
  });
});

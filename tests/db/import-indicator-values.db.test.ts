import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicators, progressReports, reportIndicatorValues } from '../../src/db/schema/index.ts';
import { commitIndicatorValueImport, previewIndicatorValueImport } from '../../src/services/imports/import-indicator-values.ts';
import { addReport, createConsortium, createProgramme, type TestConsortium, type TestProgramme } from '../helpers/factories.ts';
import { csv } from '../helpers/import-fixtures.ts';
import { refusedWithoutWriting } from '../helpers/import-refusal.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Each test makes its own consortium with an approved report on 2024 and an empty concept on 2026 to import into.
describe.each(DATABASE_KINDS)('importing indicator values on %s', (kind) => {
  let database: TestDatabase;
  let programme: TestProgramme;
  const consortium = async (): Promise<TestConsortium> => {
    const c = await createConsortium(database.db, programme);
    await addReport(database.db, programme, c, { year: 2024, status: 'goedgekeurd', value: 20 });
    await database.db.insert(progressReports).values({ consortiumId: c.id, periodYear: 2026 });
    return c;
  };
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    programme = await createProgramme(database.db);
  });
  afterAll(() => database?.dispose());

  it('previews new values, then writes them all in one go, breakdown categories by name', async () => {
    const { id: consortiumId, slug } = await consortium();
    const office = { db: database.db, actor: programme.office.actor };
    const file = csv(`Consortium;Jaar;Indicator;Uitsplitsing;Waarde\n${slug};2026;bedrijven;;1.250\n${slug};2026;bedrijven;mkb;1.000\n${slug};2026;bedrijven;omvang:groot;250\n\n`);
    const preview = await previewIndicatorValueImport(office, file);
    expect(preview.refused).toEqual([]);
    expect(preview.create).toHaveLength(3);
    await commitIndicatorValueImport(office, file);
    const [companies] = await database.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, 'bedrijven'));
    const rows = await database.db.select({ breakdown: reportIndicatorValues.breakdown, value: reportIndicatorValues.value }).from(reportIndicatorValues)
      .innerJoin(progressReports, eq(progressReports.id, reportIndicatorValues.reportId))
      .where(and(eq(progressReports.consortiumId, consortiumId), eq(progressReports.periodYear, 2026), eq(reportIndicatorValues.indicatorId, companies!.id)));
    expect(rows.sort((x, y) => x.breakdown.localeCompare(y.breakdown))).toEqual([{ breakdown: '', value: 1250 }, { breakdown: 'omvang:groot', value: 250 }, { breakdown: 'omvang:mkb', value: 1000 }]);
    const again = await previewIndicatorValueImport(office, file);
    expect(again.update).toHaveLength(3);
  });

  it('refuses approved periods, unknown indicators, bad numbers, duplicates and other consortia, writing nothing', async () => {
    const c = await consortium();
    const { slug } = c;
    const { slug: otherSlug } = await createConsortium(database.db, programme);
    const file = csv([
      'consortium;jaar;indicator;uitsplitsing;waarde',
      `${slug};2024;studenten;;10`,
      `${slug};2026;bezoekers;;10`,
      `${slug};2026;studenten;;veel`,
      `${slug};2026;studenten;mbo;4,5`,
      `${slug};2026;studenten;mbo;4`,
      `${otherSlug};2026;studenten;;10`,
    ].join('\n'));
    expect(await refusedWithoutWriting(database.db, commitIndicatorValueImport, c.coordinator.actor, file)).toEqual([
      `regel 2, jaar: De rapportage over 2024 van "${slug}" is goedgekeurd en afgesloten.`,
      'regel 3, indicator: Onbekende indicator "bezoekers". Kies een code uit /api/v1/indicatoren.',
      'regel 4, waarde: Vul een getal van 0 of meer in, zoals 1.250 of 12,5.',
      'regel 5, waarde: Een aantal is een heel getal.',
      `regel 7, jaar: Er is geen rapportage over 2026 van consortium "${otherSlug}"; start die eerst in het portaal.`,
    ]);
  });
});

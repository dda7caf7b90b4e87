import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consortia, indicators, progressReports, reportIndicatorValues } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/services/context.ts';
import { commitIndicatorValueImport, previewIndicatorValueImport } from '../../src/services/imports/import-indicator-values.ts';
import { refusedWithoutWriting } from '../helpers/import-refusal.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

const OFFICE: Actor = { userId: 1, roles: [{ role: 'programmabureau', consortiumId: null }] };
const csv = (text: string) => new TextEncoder().encode(text);

describe.each(DATABASE_KINDS)('importing indicator values on %s', (kind) => {
  let database: TestDatabase;
  let slug: string;
  let otherSlug: string;
  let consortiumId: number;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: true });
    const [a, b] = await database.db.select({ id: consortia.id, slug: consortia.slug }).from(consortia).orderBy(consortia.id).limit(2);
    slug = a!.slug; otherSlug = b!.slug; consortiumId = a!.id;
    // An open concept report for 2026 to import into.
    await database.db.insert(progressReports).values({ consortiumId, periodYear: 2026 });
  });
  afterAll(() => database?.dispose());

  it('previews new values, then writes them all in one go, breakdown categories by name', async () => {
    const file = csv(`Consortium;Jaar;Indicator;Uitsplitsing;Waarde\n${slug};2026;bedrijven;;1.250\n${slug};2026;bedrijven;mkb;1.000\n${slug};2026;bedrijven;omvang:groot;250\n\n`);
    const preview = await previewIndicatorValueImport({ db: database.db, actor: OFFICE }, file);
    expect(preview.refused).toEqual([]);
    expect(preview.create).toHaveLength(3);
    await commitIndicatorValueImport({ db: database.db, actor: OFFICE }, file);
    const [companies] = await database.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, 'bedrijven'));
    const rows = await database.db.select({ breakdown: reportIndicatorValues.breakdown, value: reportIndicatorValues.value }).from(reportIndicatorValues)
      .innerJoin(progressReports, eq(progressReports.id, reportIndicatorValues.reportId))
      .where(and(eq(progressReports.consortiumId, consortiumId), eq(progressReports.periodYear, 2026), eq(reportIndicatorValues.indicatorId, companies!.id)));
    expect(rows.sort((x, y) => x.breakdown.localeCompare(y.breakdown))).toEqual([{ breakdown: '', value: 1250 }, { breakdown: 'omvang:groot', value: 250 }, { breakdown: 'omvang:mkb', value: 1000 }]);
    const again = await previewIndicatorValueImport({ db: database.db, actor: OFFICE }, file);
    expect(again.update).toHaveLength(3);
  });

  it('refuses approved periods, unknown indicators, bad numbers, duplicates and other consortia, writing nothing', async () => {
    const [approved] = await database.db.select({ year: progressReports.periodYear }).from(progressReports).where(and(eq(progressReports.consortiumId, consortiumId), eq(progressReports.status, 'goedgekeurd'))).limit(1);
    const coordinator: Actor = { userId: 5, roles: [{ role: 'coordinator', consortiumId }] };
    const file = csv([
      'consortium;jaar;indicator;uitsplitsing;waarde',
      `${slug};${approved!.year};studenten;;10`,
      `${slug};2026;bezoekers;;10`,
      `${slug};2026;studenten;;veel`,
      `${slug};2026;studenten;mbo;4,5`,
      `${slug};2026;studenten;mbo;4`,
      `${otherSlug};2026;studenten;;10`,
    ].join('\n'));
    expect(await refusedWithoutWriting(database.db, commitIndicatorValueImport, coordinator, file)).toEqual([
      `regel 2, jaar: De rapportage over ${approved!.year} van "${slug}" is goedgekeurd en afgesloten.`,
      'regel 3, indicator: Onbekende indicator "bezoekers". Kies een code uit /api/v1/indicatoren.',
      'regel 4, waarde: Vul een getal van 0 of meer in, zoals 1.250 of 12,5.',
      'regel 5, waarde: Een aantal is een heel getal.',
      `regel 7, jaar: Er is geen rapportage over 2026 van consortium "${otherSlug}"; start die eerst in het portaal.`,
    ]);
  });
});

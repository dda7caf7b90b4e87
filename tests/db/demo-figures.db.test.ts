import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, consortia, consortiumProvinces, decisions, organisations, pps } from '../../src/db/schema/index.ts';
import { getProgrammeFigures } from '../../src/services/figures/get-programme-figures.ts';
import { PROVINCES } from '../../src/domain/code-lists.ts';
import { inRollback } from '../helpers/in-rollback.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// One demo database per kind (loading it is the slow part); the tests that change it do so in a transaction that
// is rolled back, so every test reads the demo as published, in any order.
describe.each(DATABASE_KINDS)('the demo programme on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: true });
  });
  afterAll(() => database?.dispose());

  it('computes the published figures of "De regeling in cijfers" from the rows', async () => {
    const f = await getProgrammeFigures({ db: database.db, actor: null });
    expect(f.toegekendBedrag).toBe(123_000_000);
    expect(Math.round(f.aandeelTotaleKosten * 100)).toBe(42);
    expect(f.cofinancieringBedrijfsleven).toBe(97_000_000);
    expect(f.totaleInvestering).toBe(293_000_000);
    expect(Math.round((f.laagsteToekenning ?? 0) / 100_000) / 10).toBe(4.3);
    expect(f.hoogsteToekenning).toBe(9_000_000);
    expect(Math.round((f.gemiddeldeToekenning ?? 0) / 100_000) / 10).toBe(8.2);
    expect(f.aantalAanvragen).toBe(21);
    expect(f.aantalGehonoreerd).toBe(15);
    expect(f.aangevraagdBedrag).toBe(165_000_000);
    expect(f.budgetplafond).toBe(210_000_000);
  });

  it('holds 15 consortia covering all 12 provinces, a few hundred pps and thousands of organisations', async () => {
    const [c] = await database.db.select({ n: sql<number>`count(*)::int` }).from(consortia);
    const [p] = await database.db.select({ n: sql<number>`count(*)::int` }).from(pps);
    const [o] = await database.db.select({ n: sql<number>`count(*)::int` }).from(organisations);
    const provinces = await database.db.selectDistinct({ code: consortiumProvinces.provinceCode }).from(consortiumProvinces);
    expect(c?.n).toBe(15);
    expect(p?.n).toBeGreaterThan(200);
    expect(o?.n).toBeGreaterThan(2000);
    expect(provinces.map((x) => x.code).sort()).toEqual(PROVINCES.map((x) => x.code).sort());
  });

  it('changes the figures when an award changes: no figure is a constant', async () => {
    await inRollback(database.db, async (db) => {
      const [lowest] = await db
        .select({ id: decisions.id, amount: decisions.awardedAmount })
        .from(decisions)
        .where(eq(decisions.outcome, 'toegekend'))
        .orderBy(decisions.awardedAmount)
        .limit(1);
      await db.update(decisions).set({ awardedAmount: 5_000_000 }).where(eq(decisions.id, lowest!.id));
      const f = await getProgrammeFigures({ db, actor: null });
      expect(f.toegekendBedrag).toBe(123_000_000 - lowest!.amount + 5_000_000);
      expect(f.laagsteToekenning).toBeGreaterThan(lowest!.amount);
    });
  });

  it('counts a new honoured application in every figure', async () => {
    await inRollback(database.db, async (db) => {
      const [app] = await db.select({ roundId: applications.roundId, lead: applications.leadOrganisationId }).from(applications).limit(1);
      const [created] = await db
        .insert(applications)
        .values({ roundId: app!.roundId, reference: 'TEST-EXTRA', title: 'Extra', leadOrganisationId: app!.lead, requestedAmount: 1_000_000, totalCosts: 3_000_000, status: 'toegekend', submittedAt: new Date() })
        .returning({ id: applications.id });
      await db.insert(decisions).values({ applicationId: created!.id, outcome: 'toegekend', awardedAmount: 1_000_000, decidedOn: '2023-07-06' });
      const f = await getProgrammeFigures({ db, actor: null });
      expect(f.aantalAanvragen).toBe(22);
      expect(f.aantalGehonoreerd).toBe(16);
      expect(f.laagsteToekenning).toBe(1_000_000);
      expect(f.totaleInvestering).toBe(296_000_000);
    });
  });
});

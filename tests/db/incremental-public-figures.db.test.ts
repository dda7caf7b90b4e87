import { and, eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/db/schema/index.ts';
import { addBudget, addReport, addTargets, createConsortium, createOrganisation, createProgramme, type TestProgramme } from '../helpers/factories.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Migrations 0010 to 0012 refresh the precomputed figures per touched consortium, pps and organisation. After a series
// of small writes, every figure table must hold exactly what the whole rebuild computes from scratch.
const TABLES = ['public_composition', 'public_scope_organisations', 'public_realisations', 'public_targets', 'public_budget', 'public_counts',
  'public_counts_parts', 'public_map_places', 'public_map_figures'];

async function rows(database: TestDatabase, statement: SQL): Promise<Record<string, unknown>[]> {
  const result = await database.db.execute(statement);
  return (result as unknown as { rows?: Record<string, unknown>[] }).rows ?? (result as unknown as Record<string, unknown>[]);
}

/** Every row of every figure table, as sorted text, so numeric sums compare exactly. */
async function snapshot(database: TestDatabase): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    out[table] = (await rows(database, sql.raw(`select t::text as r from ${table} t`))).map((r) => String(r.r)).sort();
  }
  return out;
}

/** The whole rebuild, inside a transaction that is rolled back, so the incremental state stays for the next step. */
async function rebuilt(database: TestDatabase): Promise<Record<string, string[]>> {
  let result: Record<string, string[]> = {};
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select refresh_public_composition(), refresh_public_goals(), refresh_public_budget(), refresh_public_counts()`);
    result = await snapshot({ ...database, db: tx as unknown as TestDatabase['db'] });
    tx.rollback();
  }).catch((error: Error) => { if (!/rollback/i.test(error.message)) throw error; });
  return result;
}

describe.each(DATABASE_KINDS)('incremental public figures on %s', (kind) => {
  let database: TestDatabase;
  let programme: TestProgramme;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    programme = await createProgramme(database.db);
  });
  afterAll(() => database?.dispose());

  const agrees = async () => {
    const incremental = await snapshot(database);
    expect(incremental.public_composition?.length).toBeGreaterThan(0);
    expect(incremental).toEqual(await rebuilt(database));
  };

  it('equal a whole rebuild after each of a series of small writes', async () => {
    const north = await createConsortium(database.db, programme, { ppsAt: ['GM0344', 'GM0363'], sectors: ['energie', 'zorg'], companiesPerPps: 2 });
    const south = await createConsortium(database.db, programme, { ppsAt: ['GM0599'], sectors: ['zorg'], companiesPerPps: 2 });
    await agrees();
    // A partner joins a second consortium, then a company becomes a knowledge institute.
    const shared = await createOrganisation(database.db, { kind: 'bedrijf' });
    await database.db.insert(s.memberships).values([
      { ppsId: north.pps[0]!.id, organisationId: shared.id, since: '2020-01-01' }, { ppsId: south.pps[0]!.id, organisationId: shared.id, since: '2021-01-01' },
    ]);
    await agrees();
    await database.db.update(s.organisations).set({ kind: 'kennisinstelling', companySize: null }).where(eq(s.organisations.id, shared.id));
    await agrees();
    // It leaves one pps; a pps moves to another province; a consortium starts in a new province and leaves a sector.
    await database.db.delete(s.memberships).where(and(eq(s.memberships.ppsId, north.pps[0]!.id), eq(s.memberships.organisationId, shared.id)));
    await agrees();
    await database.db.update(s.ppsProvinces).set({ provinceCode: 'PV27' }).where(eq(s.ppsProvinces.ppsId, south.pps[0]!.id));
    await database.db.insert(s.consortiumProvinces).values({ consortiumId: south.id, provinceCode: 'PV27' });
    await database.db.delete(s.consortiumSectors).where(and(eq(s.consortiumSectors.consortiumId, north.id), eq(s.consortiumSectors.sectorCode, 'zorg')));
    await database.db.insert(s.ppsDisciplines).values({ ppsId: north.pps[1]!.id, disciplineCode: 'techniek' });
    await agrees();
    // A pps moves to another municipality and gains a first sector: the map's places follow (migration 0011).
    await database.db.update(s.pps).set({ municipalityCode: 'GM0599' }).where(eq(s.pps.id, north.pps[0]!.id));
    await database.db.insert(s.ppsSectors).values({ ppsId: south.pps[0]!.id, sectorCode: 'energie' });
    await agrees();
    // A pps changes consortium, loses its municipality for its own coordinates; a consortium gains a level (migration 0012).
    await database.db.update(s.pps).set({ consortiumId: south.id }).where(eq(s.pps.id, north.pps[1]!.id));
    await database.db.update(s.pps).set({ municipalityCode: null, latitude: 52.2, longitude: 5.3 }).where(eq(s.pps.id, south.pps[0]!.id));
    await database.db.insert(s.consortiumLevels).values({ consortiumId: north.id, level: 'hbo' });
    await agrees();
    await database.db.update(s.pps).set({ consortiumId: north.id }).where(eq(s.pps.id, north.pps[1]!.id));
    await database.db.delete(s.consortiumProvinces).where(and(eq(s.consortiumProvinces.consortiumId, south.id), eq(s.consortiumProvinces.provinceCode, 'PV27')));
    await agrees();
    // Budget, targets and reports: added, one approved, one line removed.
    await addBudget(database.db, programme, north.id, { years: [2024, 2025], amount: 100_000 });
    await addBudget(database.db, programme, south.id, { years: [2025], amount: 40_000 });
    await addTargets(database.db, programme, north.id, { baseline: 10, target: 30 });
    await addTargets(database.db, programme, south.id, { baseline: 5, target: 8 });
    const report = await addReport(database.db, programme, north, { year: 2024, status: 'ingediend', value: 14 });
    await addReport(database.db, programme, south, { year: 2024, status: 'goedgekeurd', value: 11 });
    await agrees();
    await database.db.update(s.progressReports).set({ status: 'goedgekeurd' }).where(eq(s.progressReports.id, report));
    await database.db.execute(sql`delete from budget_lines where id = (select min(id) from budget_lines where consortium_id = ${south.id})`);
    await agrees();
    // Several writes in one transaction, and a pps removed with its memberships.
    await database.db.transaction(async (tx) => {
      await tx.update(s.organisations).set({ kind: 'bedrijf', companySize: 'groot' }).where(eq(s.organisations.id, shared.id));
      await tx.delete(s.memberships).where(eq(s.memberships.ppsId, north.pps[1]!.id));
      await tx.delete(s.ppsDisciplines).where(eq(s.ppsDisciplines.ppsId, north.pps[1]!.id));
      await tx.delete(s.ppsProvinces).where(eq(s.ppsProvinces.ppsId, north.pps[1]!.id));
      await tx.delete(s.ppsSectors).where(eq(s.ppsSectors.ppsId, north.pps[1]!.id));
      await tx.delete(s.pps).where(eq(s.pps.id, north.pps[1]!.id));
    });
    await agrees();
  });
});

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisations } from '../../src/db/schema/index.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// The database itself guards the data: constraints hold whatever code writes to it.
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const e = error as { message: string; cause?: { message?: string } };
    return `${e.message} ${e.cause?.message ?? ''}`;
  }
  throw new Error('expected the database to refuse this statement');
}

describe.each(DATABASE_KINDS)('schema constraints on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database?.dispose());

  it('refuses a second organisation with the same KvK number', async () => {
    const company = { name: 'Voorbeeld Techniek BV', kind: 'bedrijf' as const, companySize: 'mkb' as const, kvkNumber: '12345678' };
    await database.db.insert(organisations).values(company);
    expect(await failure(database.db.insert(organisations).values({ ...company, name: 'Ander BV' }))).toMatch(/kvk_number_unique|duplicate key/);
  });

  it('refuses malformed identifiers and attributes that do not fit the kind', async () => {
    const base = { name: 'Fout BV', kind: 'bedrijf' as const, companySize: 'mkb' as const };
    expect(await failure(database.db.insert(organisations).values({ ...base, kvkNumber: '1234' }))).toContain('organisations_kvk_format');
    expect(await failure(database.db.insert(organisations).values({ ...base, educationLevel: 'mbo' }))).toContain('organisations_level_only_for_schools');
    expect(await failure(database.db.insert(organisations).values({ name: 'School', kind: 'onderwijsinstelling' }))).toContain('organisations_level_only_for_schools');
  });

  it('refuses negative amounts', async () => {
    const statement = sql`insert into decisions (application_id, outcome, awarded_amount, decided_on) values (1, 'toegekend', -1, '2023-07-06')`;
    // Check constraints run before the (deferred-to-row-end) foreign key, so the amount is what fails.
    expect(await failure(database.db.execute(statement))).toContain('decisions_awarded_nonnegative');
  });

  it('keeps the audit log append-only: update and delete are refused', async () => {
    const [row] = await database.db.insert(auditLog).values({ action: 'test', entity: 'organisations', entityId: '1' }).returning({ id: auditLog.id });
    expect(await failure(database.db.update(auditLog).set({ action: 'changed' }).where(eq(auditLog.id, row!.id)))).toMatch(/append-only/i);
    expect(await failure(database.db.delete(auditLog).where(eq(auditLog.id, row!.id)))).toMatch(/append-only/i);
    const [kept] = await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.id, row!.id));
    expect(kept?.action).toBe('test');
  });

  it('migrates idempotently: a second run changes nothing', async () => {
    // A row of its own, and the count before and after: other tests in this database add organisations too.
    const [own] = await database.db.insert(organisations).values({ name: 'Migratie Blijft BV', kind: 'bedrijf', companySize: 'mkb' }).returning({ id: organisations.id });
    const countOrganisations = async () => {
      const result = await database.db.execute(sql`select count(*)::int as n from organisations`);
      const rows = (result as unknown as { rows?: { n: number }[] }).rows ?? (result as unknown as { n: number }[]);
      return rows[0]?.n;
    };
    const before = await countOrganisations();
    await migrateDatabase(database);
    expect(await countOrganisations()).toBe(before);
    expect(await database.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, own!.id))).toEqual([{ name: 'Migratie Blijft BV' }]);
  });
});

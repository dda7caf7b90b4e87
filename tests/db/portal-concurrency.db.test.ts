import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, budgetLines, consortia, progressReports } from '../../src/db/schema/index.ts';
import { Conflict } from '../../src/errors.ts';
import { getConsortiumProfile } from '../../src/services/consortia/get-consortium-profile.ts';
import { getPpsForEdit } from '../../src/services/consortia/get-pps-for-edit.ts';
import { updateConsortiumProfile } from '../../src/services/consortia/update-consortium-profile.ts';
import { updatePps } from '../../src/services/consortia/update-pps.ts';
import { upsertBudgetLines } from '../../src/services/consortia/upsert-budget-lines.ts';
import { STALE_MESSAGE } from '../../src/services/optimistic-lock.ts';
import { readReportContents } from '../../src/services/reports/read-report-contents.ts';
import { saveReport } from '../../src/services/reports/save-report.ts';
import { auditCount } from '../helpers/db-fingerprint.ts';
import { addFundedBudget, addReport, createConsortium, createProgramme, type TestProgramme } from '../helpers/factories.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Each test makes a consortium of its own; only the programme is shared.
describe.each(DATABASE_KINDS)('concurrent edits and the audit trail on %s', (kind) => {
  let database: TestDatabase;
  let programme: TestProgramme;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    programme = await createProgramme(database.db);
  });
  afterAll(() => database?.dispose());

  it('refuses the second of two report saves made from the same version; the first one’s data remains', async () => {
    const c = await createConsortium(database.db, programme);
    const reportId = await addReport(database.db, programme, c, { year: 2025, status: 'concept', value: 40 });
    const ctx = { db: database.db, actor: c.coordinator.actor };
    const [r] = await database.db.select({ id: progressReports.id, version: progressReports.version }).from(progressReports).where(eq(progressReports.id, reportId));
    const base = await readReportContents(database.db, r!.id);
    expect(base.narratives.length).toBeGreaterThan(0);
    const first = { ...base, narratives: base.narratives.map((n) => ({ ...n, body: `Eerste: ${n.body}` })) };
    const second = { ...base, narratives: base.narratives.map((n) => ({ ...n, body: `Tweede: ${n.body}` })) };
    await saveReport(ctx, { reportId: r!.id, version: r!.version, ...first });
    const auditBefore = await auditCount(database.db);
    const error = await saveReport(ctx, { reportId: r!.id, version: r!.version, ...second }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    expect((error as Conflict).code).toBe(STALE_MESSAGE);
    expect((error as Conflict).message).toMatch(/^Iemand anders heeft dit intussen gewijzigd/);
    expect((await readReportContents(database.db, r!.id)).narratives).toEqual(first.narratives);
    expect(await auditCount(database.db)).toBe(auditBefore);
  });

  it('lets exactly one of two simultaneous profile saves win', async () => {
    const c = await createConsortium(database.db, programme);
    const ctx = { db: database.db, actor: c.coordinator.actor };
    const profile = await getConsortiumProfile(ctx, { consortiumId: c.id });
    const results = await Promise.allSettled([
      updateConsortiumProfile(ctx, { ...profile, consortiumId: c.id, name: 'Naam A' }),
      updateConsortiumProfile({ db: database.db, actor: programme.office.actor }, { ...profile, consortiumId: c.id, name: 'Naam B' }),
    ]);
    const won = results.findIndex((x) => x.status === 'fulfilled');
    const lost = results.find((x) => x.status === 'rejected') as PromiseRejectedResult;
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect(lost.reason).toBeInstanceOf(Conflict);
    const [row] = await database.db.select({ name: consortia.name, version: consortia.version }).from(consortia).where(eq(consortia.id, c.id));
    expect(row).toEqual({ name: won === 0 ? 'Naam A' : 'Naam B', version: profile.version + 1 });
  });

  it('records who changed which record with before and after, in the same transaction', async () => {
    const c = await createConsortium(database.db, programme);
    const ctx = { db: database.db, actor: c.coordinator.actor };
    const p = c.pps[0]!;
    const form = await getPpsForEdit(ctx, { ppsId: p.id });
    const lastId = (await database.db.select({ id: auditLog.id }).from(auditLog).orderBy(auditLog.id)).at(-1)?.id ?? 0;
    await updatePps(ctx, { ...form, ppsId: p.id, name: `${form.name} (hernoemd)` });
    const rows = await database.db.select().from(auditLog).where(gt(auditLog.id, lastId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorUserId: c.coordinator.id, action: 'pps.update', entity: 'pps', entityId: String(p.id) });
    expect((rows[0]!.before as { name: string }).name).toBe(form.name);
    expect((rows[0]!.after as { name: string; version: number })).toMatchObject({ name: `${form.name} (hernoemd)`, version: form.version + 1 });
  });

  it('leaves no audit row and no change when a later row of a multi-row save fails', async () => {
    const c = await createConsortium(database.db, programme);
    await addFundedBudget(database.db, programme, c, { years: [2027], amount: 250_000 });
    const ctx = { db: database.db, actor: c.coordinator.actor };
    const lines = await database.db.select().from(budgetLines).where(and(eq(budgetLines.consortiumId, c.id), eq(budgetLines.year, 2027))).orderBy(budgetLines.id).limit(2);
    expect(lines).toHaveLength(2);
    const auditBefore = await auditCount(database.db);
    // The first cell is fine (and would be audited); the second carries a stale version.
    const error = await upsertBudgetLines(ctx, { consortiumId: c.id, lines: [
      { ...lines[0]!, plannedAmount: lines[0]!.plannedAmount - 500 },
      { ...lines[1]!, plannedAmount: lines[1]!.plannedAmount - 500, version: lines[1]!.version + 1 },
    ] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    const after = await database.db.select().from(budgetLines).where(and(eq(budgetLines.consortiumId, c.id), eq(budgetLines.year, 2027))).orderBy(budgetLines.id).limit(2);
    expect(after).toEqual(lines);
    expect(await auditCount(database.db)).toBe(auditBefore);
    await upsertBudgetLines(ctx, { consortiumId: c.id, lines: [{ ...lines[0]!, plannedAmount: lines[0]!.plannedAmount - 500 }] });
    expect(await auditCount(database.db)).toBe(auditBefore + 1);
  });
});

import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, budgetLines, consortia, pps, progressReports } from '../../src/db/schema/index.ts';
import { Conflict } from '../../src/errors.ts';
import { getConsortiumProfile } from '../../src/services/consortia/get-consortium-profile.ts';
import { getPpsForEdit } from '../../src/services/consortia/get-pps-for-edit.ts';
import { updateConsortiumProfile } from '../../src/services/consortia/update-consortium-profile.ts';
import { updatePps } from '../../src/services/consortia/update-pps.ts';
import { upsertBudgetLines } from '../../src/services/consortia/upsert-budget-lines.ts';
import { STALE_MESSAGE } from '../../src/services/optimistic-lock.ts';
import { readReportContents } from '../../src/services/reports/read-report-contents.ts';
import { saveReport } from '../../src/services/reports/save-report.ts';
import { coordinatorOf, OFFICE } from '../helpers/actors.ts';
import { auditCount } from '../helpers/db-fingerprint.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

describe.each(DATABASE_KINDS)('concurrent edits and the audit trail on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: true });
  });
  afterAll(() => database?.dispose());

  it('refuses the second of two report saves made from the same version; the first one’s data remains', async () => {
    const C = 14; // demo: concept report for 2025
    const ctx = { db: database.db, actor: coordinatorOf(C) };
    const [r] = await database.db.select({ id: progressReports.id, version: progressReports.version }).from(progressReports).where(and(eq(progressReports.consortiumId, C), eq(progressReports.periodYear, 2025)));
    const base = await readReportContents(database.db, r!.id);
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
    const C = 5;
    const ctx = { db: database.db, actor: coordinatorOf(C) };
    const profile = await getConsortiumProfile(ctx, { consortiumId: C });
    const results = await Promise.allSettled([
      updateConsortiumProfile(ctx, { ...profile, consortiumId: C, name: 'Naam A' }),
      updateConsortiumProfile({ db: database.db, actor: OFFICE }, { ...profile, consortiumId: C, name: 'Naam B' }),
    ]);
    const won = results.findIndex((x) => x.status === 'fulfilled');
    const lost = results.find((x) => x.status === 'rejected') as PromiseRejectedResult;
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect(lost.reason).toBeInstanceOf(Conflict);
    const [row] = await database.db.select({ name: consortia.name, version: consortia.version }).from(consortia).where(eq(consortia.id, C));
    expect(row).toEqual({ name: won === 0 ? 'Naam A' : 'Naam B', version: profile.version + 1 });
  });

  it('records who changed which record with before and after, in the same transaction', async () => {
    const ctx = { db: database.db, actor: coordinatorOf(2) };
    const [p] = await database.db.select({ id: pps.id }).from(pps).where(eq(pps.consortiumId, 2)).limit(1);
    const form = await getPpsForEdit(ctx, { ppsId: p!.id });
    const lastId = (await database.db.select({ id: auditLog.id }).from(auditLog).orderBy(auditLog.id)).at(-1)!.id;
    await updatePps(ctx, { ...form, ppsId: p!.id, name: `${form.name} (hernoemd)` });
    const rows = await database.db.select().from(auditLog).where(gt(auditLog.id, lastId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorUserId: 6, action: 'pps.update', entity: 'pps', entityId: String(p!.id) });
    expect((rows[0]!.before as { name: string }).name).toBe(form.name);
    expect((rows[0]!.after as { name: string; version: number })).toMatchObject({ name: `${form.name} (hernoemd)`, version: form.version + 1 });
  });

  it('leaves no audit row and no change when a later row of a multi-row save fails', async () => {
    const C = 7;
    const ctx = { db: database.db, actor: coordinatorOf(C) };
    const lines = await database.db.select().from(budgetLines).where(and(eq(budgetLines.consortiumId, C), eq(budgetLines.year, 2027))).orderBy(budgetLines.id).limit(2);
    const auditBefore = await auditCount(database.db);
    // The first cell is fine (and would be audited); the second carries a stale version.
    const error = await upsertBudgetLines(ctx, { consortiumId: C, lines: [
      { ...lines[0]!, plannedAmount: lines[0]!.plannedAmount - 500 },
      { ...lines[1]!, plannedAmount: lines[1]!.plannedAmount - 500, version: lines[1]!.version + 1 },
    ] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    const after = await database.db.select().from(budgetLines).where(and(eq(budgetLines.consortiumId, C), eq(budgetLines.year, 2027))).orderBy(budgetLines.id).limit(2);
    expect(after).toEqual(lines);
    expect(await auditCount(database.db)).toBe(auditBefore);
    await upsertBudgetLines(ctx, { consortiumId: C, lines: [{ ...lines[0]!, plannedAmount: lines[0]!.plannedAmount - 500 }] });
    expect(await auditCount(database.db)).toBe(auditBefore + 1);
  });
});

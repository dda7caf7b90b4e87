import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, budgetLines, progressReports } from '../../src/db/schema/index.ts';
import { Conflict, Invalid } from '../../src/errors.ts';
import { upsertBudgetLines } from '../../src/services/consortia/upsert-budget-lines.ts';
import { getProgressOverview } from '../../src/services/progress/get-progress-overview.ts';
import { approveReport } from '../../src/services/reports/approve-report.ts';
import { createReport } from '../../src/services/reports/create-report.ts';
import { getReport } from '../../src/services/reports/get-report.ts';
import { listConsortiumReports } from '../../src/services/reports/list-consortium-reports.ts';
import { listReportStatus } from '../../src/services/reports/list-report-status.ts';
import { readReportContents, type ReportContents } from '../../src/services/reports/read-report-contents.ts';
import { returnReport } from '../../src/services/reports/return-report.ts';
import { saveReport } from '../../src/services/reports/save-report.ts';
import { submitReport } from '../../src/services/reports/submit-report.ts';
import type { Db } from '../../src/db/client.ts';
import { addFundedBudget, addOtherRealisations, addReport, addTargets, createConsortium, createProgramme, type TestConsortium, type TestProgramme } from '../helpers/factories.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Reporting on 2026 opens once 2026 has ended.
const TODAY = new Date('2027-01-15T12:00:00Z');

/** Add `bump` to the total and the first breakdown category of each indicator, so the breakdowns still add up. */
const contents = (report: ReportContents, bump: number): ReportContents => ({
  ...report,
  values: report.values.map((v) => ({ ...v, value: v.breakdown === '' || /:(vmbo|mkb)$/.test(v.breakdown) ? v.value + bump : v.value })),
});

type History = { consortium: TestConsortium; previous: ReportContents };

/** A consortium with a funded budget over 2023–2027, targets, and approved reports on 2023–2025 (the last one is `previous`). */
async function withHistory(db: Db, programme: TestProgramme): Promise<History> {
  const consortium = await createConsortium(db, programme);
  await addFundedBudget(db, programme, consortium, { years: [2023, 2024, 2025, 2026, 2027], amount: 100_000 });
  await addTargets(db, programme, consortium.id, { baseline: 100, target: 300 });
  let last = 0;
  for (const year of [2023, 2024, 2025]) {
    last = await addReport(db, programme, consortium, { year, status: 'goedgekeurd', value: 150, realised: 90_000 });
    await addOtherRealisations(db, programme, last, 10_000);
  }
  return { consortium, previous: await readReportContents(db, last) };
}

/** The 2026 report started, filled in (`previous` plus 10), submitted and approved through the use-cases. */
async function approve2026(db: Db, programme: TestProgramme, { consortium, previous }: History): Promise<number> {
  const coordinator = { db, actor: consortium.coordinator.actor };
  const { id: reportId } = await createReport(coordinator, { consortiumId: consortium.id, periodYear: 2026, today: TODAY });
  const version = async () => (await getReport(coordinator, { reportId })).version;
  const filled = { ...contents(previous, 10), narratives: previous.narratives.map((n) => ({ ...n, body: `2026: ${n.body}` })) };
  await saveReport(coordinator, { reportId, version: await version(), ...filled });
  await submitReport(coordinator, { reportId, version: await version(), today: TODAY });
  await approveReport({ db, actor: programme.office.actor }, { reportId, version: await version() });
  return reportId;
}

describe.each(DATABASE_KINDS)('progress report workflow on %s', (kind) => {
  const open: TestDatabase[] = [];
  let database: TestDatabase;
  let programme: TestProgramme;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    open.push(database);
    programme = await createProgramme(database.db);
  });
  afterAll(async () => {
    for (const d of open) await d.dispose();
  });
  const as = (c: TestConsortium, db = database.db) => ({ db, actor: c.coordinator.actor });
  const office = (db = database.db) => ({ db, actor: programme.office.actor });
  /** A concept for 2026, started by the coordinator of a consortium with a history. */
  const started = async () => {
    const history = await withHistory(database.db, programme);
    const { id: reportId } = await createReport(as(history.consortium), { consortiumId: history.consortium.id, periodYear: 2026, today: TODAY });
    const version = async () => (await getReport(as(history.consortium), { reportId })).version;
    return { ...history, reportId, version, coordinator: () => as(history.consortium) };
  };

  it('starts a concept for a new period, prefilled with the previous period’s indicator values only', async () => {
    const { consortium: c, previous } = await withHistory(database.db, programme);
    const created = await createReport(as(c), { consortiumId: c.id, periodYear: 2026, today: TODAY });
    const report = await getReport(as(c), { reportId: created.id });
    expect(report.status).toBe('concept');
    expect(report.contents.values).toEqual(previous.values);
    expect(report.contents.realisations).toEqual([]);
    expect(report.contents.narratives).toEqual([]);
    await expect(createReport(as(c), { consortiumId: c.id, periodYear: 2026, today: TODAY })).rejects.toBeInstanceOf(Conflict);
    await expect(createReport(as(c), { consortiumId: c.id, periodYear: 2027, today: TODAY })).rejects.toBeInstanceOf(Invalid);
  });

  it('refuses to submit an incomplete report and names what is missing', async () => {
    const { reportId, version, coordinator } = await started();
    const error = await submitReport(coordinator(), { reportId, version: await version(), today: TODAY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).problems.map((p) => p.name)).toEqual(programme.actionLines.map((l) => `toelichting.${l.id}`));
    expect((await getReport(coordinator(), { reportId })).status).toBe('concept');
  });

  it('refuses values whose breakdown does not add up, all or nothing', async () => {
    const { reportId, version, coordinator, previous } = await started();
    const v = await version();
    const bad = { ...previous, values: previous.values.map((x) => (x.breakdown === 'niveau:mbo' ? { ...x, value: x.value + 1 } : x)) };
    const error = await saveReport(coordinator(), { reportId, version: v, ...bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).problems.every((p) => p.name.startsWith('waarde.'))).toBe(true);
    const after = await getReport(coordinator(), { reportId });
    expect(after.version).toBe(v);
    expect(after.contents.values).toEqual(previous.values);
  });

  it('goes concept → ingediend → teruggestuurd → concept → ingediend → goedgekeurd', async () => {
    const { reportId, version, coordinator, previous } = await started();
    const withNarratives = { ...contents(previous, 7), narratives: previous.narratives.map((n) => ({ ...n, body: `2026: ${n.body}` })) };
    await saveReport(coordinator(), { reportId, version: await version(), ...withNarratives });
    await submitReport(coordinator(), { reportId, version: await version(), today: TODAY });
    expect((await getReport(office(), { reportId })).status).toBe('ingediend');
    await expect(saveReport(coordinator(), { reportId, version: await version(), ...withNarratives })).rejects.toBeInstanceOf(Conflict);

    await expect(returnReport(office(), { reportId, version: await version(), note: '  ' })).rejects.toBeInstanceOf(Invalid);
    await returnReport(office(), { reportId, version: await version(), note: 'Licht actielijn 2 toe.' });
    const returned = await getReport(coordinator(), { reportId });
    expect([returned.status, returned.reviewNote]).toEqual(['teruggestuurd', 'Licht actielijn 2 toe.']);

    await saveReport(coordinator(), { reportId, version: await version(), ...contents(withNarratives, 3) });
    expect((await getReport(coordinator(), { reportId })).status).toBe('concept');
    await submitReport(coordinator(), { reportId, version: await version(), today: TODAY });
    await approveReport(office(), { reportId, version: await version() });
    const approved = await getReport(office(), { reportId });
    expect(approved.status).toBe('goedgekeurd');
    expect(approved.contents.values).toEqual(contents(previous, 10).values);
    const actions = await database.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entity, 'progress_reports'), eq(auditLog.entityId, String(reportId)))).orderBy(auditLog.id);
    expect(actions.map((a) => a.action)).toEqual(['report.create', 'report.save', 'report.contents', 'report.submit', 'report.return', 'report.save', 'report.contents', 'report.submit', 'report.approve']);
  });

  it('locks the approved period: no save, submit, return or budget change for that year', async () => {
    const history = await withHistory(database.db, programme);
    const c = history.consortium;
    const reportId = await approve2026(database.db, programme, history);
    const before = await getReport(office(), { reportId });
    const v = before.version;
    await expect(saveReport(as(c), { reportId, version: v, ...history.previous })).rejects.toThrow(/goedgekeurd/);
    await expect(submitReport(as(c), { reportId, version: v, today: TODAY })).rejects.toBeInstanceOf(Conflict);
    await expect(returnReport(office(), { reportId, version: v, note: 'Toch niet' })).rejects.toBeInstanceOf(Conflict);
    await expect(approveReport(office(), { reportId, version: v })).rejects.toBeInstanceOf(Conflict);
    const [line] = await database.db.select().from(budgetLines).where(and(eq(budgetLines.consortiumId, c.id), eq(budgetLines.year, 2026))).limit(1);
    const error = await upsertBudgetLines(office(), { consortiumId: c.id, lines: [{ ...line!, plannedAmount: line!.plannedAmount + 1 }] }).catch((e: unknown) => e);
    expect((error as Invalid).problems[0]).toMatchObject({ reason: 'budgetYearLocked', values: { year: 2026 } });
    const after = await getReport(office(), { reportId });
    expect([after.status, after.version, after.contents]).toEqual([before.status, v, before.contents]);
  });

  /**
   * A database of its own (the overviews count every consortium of the programme): one consortium with its 2026
   * report approved, one whose 2025 report is submitted on top of an approved 2024, one that never reported.
   */
  async function programmeOfThree() {
    const own = await createTestDatabase(kind);
    open.push(own);
    const p = await createProgramme(own.db);
    const history = await withHistory(own.db, p);
    await approve2026(own.db, p, history);
    const submitted = await createConsortium(own.db, p);
    await addTargets(own.db, p, submitted.id, { baseline: 100, target: 300 });
    await addReport(own.db, p, submitted, { year: 2024, status: 'goedgekeurd', value: 250 });
    await addReport(own.db, p, submitted, { year: 2025, status: 'ingediend', value: 260 });
    await createConsortium(own.db, p);
    return { db: own.db, officeCtx: { db: own.db, actor: p.office.actor }, history, submitted };
  }

  it('counts only approved values in the progress view', async () => {
    const { db, officeCtx, history, submitted } = await programmeOfThree();
    const overview = await getProgressOverview(officeCtx);
    const ownRow = overview.consortia.find((c) => c.consortiumId === history.consortium.id)!.rows[0]!;
    const firstValue = contents(history.previous, 10).values.find((x) => x.indicatorId === ownRow.indicatorId && x.breakdown === '')!.value;
    expect(ownRow.latest).toEqual({ year: 2026, value: firstValue });
    // The other consortium's 2025 report is submitted, not approved: its latest counted value is from 2024.
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(progressReports).where(and(eq(progressReports.consortiumId, submitted.id), eq(progressReports.periodYear, 2025), eq(progressReports.status, 'ingediend')));
    expect(count?.n).toBe(1);
    expect(overview.consortia.find((c) => c.consortiumId === submitted.id)!.rows.every((r) => r.latest?.year === 2024)).toBe(true);
    expect(overview.onTrackShare).toBe(0.9);
    // 100 → 160 over three years falls short of 300 in 2027; 100 → 250 in one year reaches it.
    const statuses = overview.consortia.flatMap((c) => c.rows.map((r) => r.status));
    expect(statuses).toContain('op_koers');
    expect(statuses).toContain('achter');
  });

  it('gives the office an overview of who has and has not reported per period', async () => {
    const { db, officeCtx, history } = await programmeOfThree();
    const rows = await db.select({ status: progressReports.status }).from(progressReports).where(eq(progressReports.periodYear, 2025));
    const overview = await listReportStatus(officeCtx, { periodYear: 2025, today: TODAY });
    expect(overview.rows).toHaveLength(3);
    for (const state of ['concept', 'ingediend', 'goedgekeurd', 'teruggestuurd'] as const) expect(overview.counts[state]).toBe(rows.filter((r) => r.status === state).length);
    expect([overview.counts.goedgekeurd, overview.counts.ingediend]).toEqual([1, 1]);
    expect(overview.counts.niet_gestart).toBe(3 - rows.length);
    expect(overview.periods).toEqual([2027, 2026, 2025, 2024, 2023]);
    expect((await listReportStatus(officeCtx, { periodYear: 2026, today: TODAY })).counts.goedgekeurd).toBe(1);
    const own = await listConsortiumReports({ db, actor: history.consortium.coordinator.actor }, { consortiumId: history.consortium.id, today: TODAY });
    expect(own.periods.map((p) => `${p.year}:${p.status}`)).toEqual(['2027:niet_gestart', '2026:goedgekeurd', '2025:goedgekeurd', '2024:goedgekeurd', '2023:goedgekeurd']);
  });
});

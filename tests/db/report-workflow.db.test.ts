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
import { coordinatorOf, OFFICE } from '../helpers/actors.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

const C = 3;
// Reporting on 2026 opens once 2026 has ended.
const TODAY = new Date('2027-01-15T12:00:00Z');

describe.each(DATABASE_KINDS)('progress report workflow on %s', (kind) => {
  let database: TestDatabase;
  const coordinator = () => ({ db: database.db, actor: coordinatorOf(C) });
  const office = () => ({ db: database.db, actor: OFFICE });
  let reportId: number;
  let previous: ReportContents;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: true });
    const [prev] = await database.db.select({ id: progressReports.id }).from(progressReports).where(and(eq(progressReports.consortiumId, C), eq(progressReports.periodYear, 2025)));
    previous = await readReportContents(database.db, prev!.id);
  });
  afterAll(() => database?.dispose());

  const version = async () => (await getReport(coordinator(), { reportId })).version;
  const contents = (report: ReportContents, bump: number): ReportContents => ({
    ...report,
    // Add `bump` to the total and the first breakdown category of each indicator, so the breakdowns still add up.
    values: report.values.map((v) => ({ ...v, value: v.breakdown === '' || /:(vmbo|mkb)$/.test(v.breakdown) ? v.value + bump : v.value })),
  });

  it('starts a concept for a new period, prefilled with the previous period’s indicator values only', async () => {
    const created = await createReport(coordinator(), { consortiumId: C, periodYear: 2026, today: TODAY });
    reportId = created.id;
    const report = await getReport(coordinator(), { reportId });
    expect(report.status).toBe('concept');
    expect(report.contents.values).toEqual(previous.values);
    expect(report.contents.realisations).toEqual([]);
    expect(report.contents.narratives).toEqual([]);
    await expect(createReport(coordinator(), { consortiumId: C, periodYear: 2026, today: TODAY })).rejects.toBeInstanceOf(Conflict);
    await expect(createReport(coordinator(), { consortiumId: C, periodYear: 2027, today: TODAY })).rejects.toBeInstanceOf(Invalid);
  });

  it('refuses to submit an incomplete report and names what is missing', async () => {
    const error = await submitReport(coordinator(), { reportId, version: await version(), today: TODAY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).problems.map((p) => p.name)).toEqual(['toelichting.1', 'toelichting.2', 'toelichting.3', 'toelichting.4', 'toelichting.5']);
    expect((await getReport(coordinator(), { reportId })).status).toBe('concept');
  });

  it('refuses values whose breakdown does not add up, all or nothing', async () => {
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
    const before = await getReport(office(), { reportId });
    const v = before.version;
    await expect(saveReport(coordinator(), { reportId, version: v, ...previous })).rejects.toThrow(/goedgekeurd/);
    await expect(submitReport(coordinator(), { reportId, version: v, today: TODAY })).rejects.toBeInstanceOf(Conflict);
    await expect(returnReport(office(), { reportId, version: v, note: 'Toch niet' })).rejects.toBeInstanceOf(Conflict);
    await expect(approveReport(office(), { reportId, version: v })).rejects.toBeInstanceOf(Conflict);
    const [line] = await database.db.select().from(budgetLines).where(and(eq(budgetLines.consortiumId, C), eq(budgetLines.year, 2026))).limit(1);
    const error = await upsertBudgetLines(office(), { consortiumId: C, lines: [{ ...line!, plannedAmount: line!.plannedAmount + 1 }] }).catch((e: unknown) => e);
    expect((error as Invalid).problems[0]).toMatchObject({ reason: 'budgetYearLocked', values: { year: 2026 } });
    const after = await getReport(office(), { reportId });
    expect([after.status, after.version, after.contents]).toEqual([before.status, v, before.contents]);
  });

  it('counts only approved values in the progress view', async () => {
    const overview = await getProgressOverview(office());
    const ownRow = overview.consortia.find((c) => c.consortiumId === C)!.rows[0]!;
    const firstValue = contents(previous, 10).values.find((x) => x.indicatorId === ownRow.indicatorId && x.breakdown === '')!.value;
    expect(ownRow.latest).toEqual({ year: 2026, value: firstValue });
    // Consortium 11's 2025 report is submitted, not approved: its latest counted value is from 2024.
    const [submitted] = await database.db.select({ n: sql<number>`count(*)::int` }).from(progressReports).where(and(eq(progressReports.consortiumId, 11), eq(progressReports.periodYear, 2025), eq(progressReports.status, 'ingediend')));
    expect(submitted?.n).toBe(1);
    expect(overview.consortia.find((c) => c.consortiumId === 11)!.rows.every((r) => r.latest?.year === 2024)).toBe(true);
    expect(overview.onTrackShare).toBe(0.9);
    const statuses = overview.consortia.flatMap((c) => c.rows.map((r) => r.status));
    expect(statuses).toContain('op_koers');
    expect(statuses).toContain('achter');
  });

  it('gives the office an overview of who has and has not reported per period', async () => {
    const rows = await database.db.select({ status: progressReports.status }).from(progressReports).where(eq(progressReports.periodYear, 2025));
    const overview = await listReportStatus(office(), { periodYear: 2025, today: TODAY });
    expect(overview.rows).toHaveLength(15);
    for (const state of ['concept', 'ingediend', 'goedgekeurd', 'teruggestuurd'] as const) expect(overview.counts[state]).toBe(rows.filter((r) => r.status === state).length);
    expect(overview.counts.niet_gestart).toBe(15 - rows.length);
    expect(overview.periods).toEqual([2027, 2026, 2025, 2024, 2023]);
    expect((await listReportStatus(office(), { periodYear: 2026, today: TODAY })).counts.goedgekeurd).toBe(1);
    const own = await listConsortiumReports(coordinator(), { consortiumId: C, today: TODAY });
    expect(own.periods.map((p) => `${p.year}:${p.status}`)).toEqual(['2027:niet_gestart', '2026:goedgekeurd', '2025:goedgekeurd', '2024:goedgekeurd', '2023:goedgekeurd']);
  });
});

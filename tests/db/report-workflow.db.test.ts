import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, budgetLines } from '../../src/db/schema/index.ts';
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
import { addBudget, addReport, addTargets, createConsortium, createProgramme, type TestConsortium, type TestProgramme } from '../helpers/factories.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Reporting on 2026 opens once 2026 has ended.
const TODAY = new Date('2027-01-15T12:00:00Z');

// Each test makes its own consortium (targets 100 → 300, an approved 2025 report) in the file's database.
describe.each(DATABASE_KINDS)('progress report workflow on %s', (kind) => {
  let database: TestDatabase;
  let programme: TestProgramme;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    programme = await createProgramme(database.db);
  });
  afterAll(() => database?.dispose());

  async function consortiumWithHistory(value2025 = 200): Promise<{ consortium: TestConsortium; previous: ReportContents }> {
    const consortium = await createConsortium(database.db, programme);
    await addTargets(database.db, programme, consortium.id, { baseline: 100, target: 300 });
    await addBudget(database.db, programme, consortium.id, { years: [2025, 2026], amount: 10_000 });
    const reportId = await addReport(database.db, programme, consortium, { year: 2025, status: 'goedgekeurd', value: value2025 });
    return { consortium, previous: await readReportContents(database.db, reportId) };
  }
  const coordinator = (c: TestConsortium) => ({ db: database.db, actor: c.coordinator.actor });
  const office = () => ({ db: database.db, actor: programme.office.actor });
  const version = async (c: TestConsortium, reportId: number) => (await getReport(coordinator(c), { reportId })).version;
  const contents = (report: ReportContents, bump: number): ReportContents => ({
    ...report,
    // Add `bump` to the total and the first breakdown category of each indicator, so the breakdowns still add up.
    values: report.values.map((v) => ({ ...v, value: v.breakdown === '' || /:(vmbo|mkb)$/.test(v.breakdown) ? v.value + bump : v.value })),
  });
  const withNarratives = (report: ReportContents, bump: number): ReportContents =>
    ({ ...contents(report, bump), narratives: report.narratives.map((n) => ({ ...n, body: `2026: ${n.body}` })) });

  /** A 2026 report taken through save, submit and approve; returns its id. */
  async function approved2026(c: TestConsortium, previous: ReportContents): Promise<number> {
    const { id: reportId } = await createReport(coordinator(c), { consortiumId: c.id, periodYear: 2026, today: TODAY });
    await saveReport(coordinator(c), { reportId, version: await version(c, reportId), ...withNarratives(previous, 10) });
    await submitReport(coordinator(c), { reportId, version: await version(c, reportId) , today: TODAY });
    await approveReport(office(), { reportId, version: await version(c, reportId) });
    return reportId;
  }

  it('starts a concept for a new period, prefilled with the previous period’s indicator values only', async () => {
    const { consortium: c, previous } = await consortiumWithHistory();
    const created = await createReport(coordinator(c), { consortiumId: c.id, periodYear: 2026, today: TODAY });
    const report = await getReport(coordinator(c), { reportId: created.id });
    expect(report.status).toBe('concept');
    expect(report.contents.values).toEqual(previous.values);
    expect(report.contents.values.length).toBeGreaterThan(programme.indicators.length);
    expect(report.contents.realisations).toEqual([]);
    expect(report.contents.narratives).toEqual([]);
    await expect(createReport(coordinator(c), { consortiumId: c.id, periodYear: 2026, today: TODAY })).rejects.toBeInstanceOf(Conflict);
    await expect(createReport(coordinator(c), { consortiumId: c.id, periodYear: 2027, today: TODAY })).rejects.toBeInstanceOf(Invalid);
  });

  it('refuses to submit an incomplete report and names what is missing', async () => {
    const { consortium: c } = await consortiumWithHistory();
    const { id: reportId } = await createReport(coordinator(c), { consortiumId: c.id, periodYear: 2026, today: TODAY });
    const error = await submitReport(coordinator(c), { reportId, version: await version(c, reportId) , today: TODAY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).problems.map((p) => p.name)).toEqual(programme.actionLines.map((l) => `toelichting.${l.id}`));
    expect((await getReport(coordinator(c), { reportId })).status).toBe('concept');
  });

  it('refuses values whose breakdown does not add up, all or nothing', async () => {
    const { consortium: c, previous } = await consortiumWithHistory();
    const { id: reportId } = await createReport(coordinator(c), { consortiumId: c.id, periodYear: 2026, today: TODAY });
    const v = await version(c, reportId);
    const bad = { ...previous, values: previous.values.map((x) => (x.breakdown === 'niveau:mbo' ? { ...x, value: x.value + 1 } : x)) };
    const error = await saveReport(coordinator(c), { reportId, version: v, ...bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).problems.every((p) => p.name.startsWith('waarde.'))).toBe(true);
    const after = await getReport(coordinator(c), { reportId });
    expect(after.version).toBe(v);
    expect(after.contents.values).toEqual(previous.values);
  });

  it('goes concept → ingediend → teruggestuurd → concept → ingediend → goedgekeurd', async () => {
    const { consortium: c, previous } = await consortiumWithHistory();
    const { id: reportId } = await createReport(coordinator(c), { consortiumId: c.id, periodYear: 2026, today: TODAY });
    const narrated = withNarratives(previous, 7);
    await saveReport(coordinator(c), { reportId, version: await version(c, reportId), ...narrated });
    await submitReport(coordinator(c), { reportId, version: await version(c, reportId) , today: TODAY });
    expect((await getReport(office(), { reportId })).status).toBe('ingediend');
    await expect(saveReport(coordinator(c), { reportId, version: await version(c, reportId), ...narrated })).rejects.toBeInstanceOf(Conflict);

    await expect(returnReport(office(), { reportId, version: await version(c, reportId), note: '  ' })).rejects.toBeInstanceOf(Invalid);
    await returnReport(office(), { reportId, version: await version(c, reportId), note: 'Licht actielijn 2 toe.' });
    const returned = await getReport(coordinator(c), { reportId });
    expect([returned.status, returned.reviewNote]).toEqual(['teruggestuurd', 'Licht actielijn 2 toe.']);

    await saveReport(coordinator(c), { reportId, version: await version(c, reportId), ...contents(narrated, 3) });
    expect((await getReport(coordinator(c), { reportId })).status).toBe('concept');
    await submitReport(coordinator(c), { reportId, version: await version(c, reportId) , today: TODAY });
    await approveReport(office(), { reportId, version: await version(c, reportId) });
    const approved = await getReport(office(), { reportId });
    expect(approved.status).toBe('goedgekeurd');
    expect(approved.contents.values).toEqual(contents(previous, 10).values);
    const actions = await database.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entity, 'progress_reports'), eq(auditLog.entityId, String(reportId)))).orderBy(auditLog.id);
    expect(actions.map((a) => a.action)).toEqual(['report.create', 'report.save', 'report.contents', 'report.submit', 'report.return', 'report.save', 'report.contents', 'report.submit', 'report.approve']);
  });

  it('locks the approved period: no save, submit, return or budget change for that year', async () => {
    const { consortium: c, previous } = await consortiumWithHistory();
    const reportId = await approved2026(c, previous);
    const before = await getReport(office(), { reportId });
    const v = before.version;
    await expect(saveReport(coordinator(c), { reportId, version: v, ...previous })).rejects.toThrow(/goedgekeurd/);
    await expect(submitReport(coordinator(c), { reportId, version: v , today: TODAY })).rejects.toBeInstanceOf(Conflict);
    await expect(returnReport(office(), { reportId, version: v, note: 'Toch niet' })).rejects.toBeInstanceOf(Conflict);
    await expect(approveReport(office(), { reportId, version: v })).rejects.toBeInstanceOf(Conflict);
    const [line] = await database.db.select().from(budgetLines).where(and(eq(budgetLines.consortiumId, c.id), eq(budgetLines.year, 2026))).limit(1);
    const error = await upsertBudgetLines(office(), { consortiumId: c.id, lines: [{ ...line!, plannedAmount: line!.plannedAmount + 1 }] }).catch((e: unknown) => e);
    expect((error as Invalid).problems[0]?.reason).toMatch(/2026 is goedgekeurd/);
    const after = await getReport(office(), { reportId });
    expect([after.status, after.version, after.contents]).toEqual([before.status, v, before.contents]);
  });

  it('counts only approved values in the progress view, and flags who is behind', async () => {
    const { consortium: ahead, previous } = await consortiumWithHistory(250);
    await approved2026(ahead, previous);
    // Behind: approved 2025 at the baseline, and a higher 2026 report that is only submitted.
    const { consortium: behind } = await consortiumWithHistory(100);
    await addReport(database.db, programme, behind, { year: 2026, status: 'ingediend', value: 290 });
    const overview = await getProgressOverview(office());
    const rowsOf = (c: TestConsortium) => overview.consortia.find((x) => x.consortiumId === c.id)!.rows;
    expect(rowsOf(ahead).map((r) => r.latest)).toEqual(programme.indicators.map(() => ({ year: 2026, value: 260 })));
    expect(rowsOf(behind).map((r) => r.latest)).toEqual(programme.indicators.map(() => ({ year: 2025, value: 100 })));
    expect(overview.onTrackShare).toBe(0.9);
    expect(new Set(rowsOf(ahead).map((r) => r.status))).toEqual(new Set(['op_koers']));
    expect(new Set(rowsOf(behind).map((r) => r.status))).toEqual(new Set(['achter']));
    expect(overview.consortia.find((x) => x.consortiumId === behind.id)!.behindCount).toBe(programme.indicators.length);
  });

  it('gives the office an overview of who has and has not reported per period', async () => {
    const states = ['concept', 'ingediend', 'goedgekeurd', 'teruggestuurd'] as const;
    const own = await Promise.all([...states, null].map(async (state) => {
      const c = await createConsortium(database.db, programme);
      if (state) await addReport(database.db, programme, c, { year: 2025, status: state, value: 150 });
      return { id: c.id, state: state ?? 'niet_gestart' };
    }));
    const overview = await listReportStatus(office(), { periodYear: 2025, today: TODAY });
    expect(own.map((c) => overview.rows.find((r) => r.consortiumId === c.id)?.status)).toEqual(own.map((c) => c.state));
    for (const state of [...states, 'niet_gestart'] as const) expect(overview.counts[state]).toBe(overview.rows.filter((r) => r.status === state).length);
    expect(overview.periods).toEqual([2026, 2025, 2024, 2023]);
    const { consortium: c, previous } = await consortiumWithHistory();
    await approved2026(c, previous);
    const history = await listConsortiumReports(coordinator(c), { consortiumId: c.id, today: TODAY });
    expect(history.periods.map((p) => `${p.year}:${p.status}`)).toEqual(['2026:goedgekeurd', '2025:goedgekeurd', '2024:niet_gestart', '2023:niet_gestart']);
  });
});

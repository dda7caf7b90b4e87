import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { progressReports } from '../../db/schema/index.ts';
import { FUNDING_SOURCES } from '../../domain/enums.ts';
import { realisationField, valueField } from '../../domain/reports/report-fields.ts';
import { evaluateReport, type RuleOutcome } from '../../domain/rules/index.ts';
import { loadRuleSet } from '../programmes/load-rule-set.ts';
import type { ReportFrame } from './load-report-frame.ts';
import { readReportContents, type ReportContents } from './read-report-contents.ts';

/** The totals of the consortium's report over the year before, or null when there is none. */
export async function previousTotals(db: Db | Tx, consortiumId: number, periodYear: number): Promise<Map<number, number> | null> {
  const [prev] = await db.select({ id: progressReports.id }).from(progressReports)
    .where(and(eq(progressReports.consortiumId, consortiumId), eq(progressReports.periodYear, periodYear - 1)));
  if (!prev) return null;
  const contents = await readReportContents(db, prev.id);
  return new Map(contents.values.filter((v) => v.breakdown === '').map((v) => [v.indicatorId, v.value]));
}

/** The rules' verdict on a report's contents: period open, required figures filled, unchanged copies of last year signalled. */
export async function checkReportRules(
  db: Db | Tx, frame: ReportFrame, report: { periodYear: number }, contents: ReportContents, today: string,
  /** Last year's totals when the caller has read them already. */
  previous?: Map<number, number> | null,
): Promise<RuleOutcome[]> {
  if (previous === undefined) previous = await previousTotals(db, frame.consortiumId, report.periodYear);
  const totals = new Map(contents.values.filter((v) => v.breakdown === '').map((v) => [v.indicatorId, v.value]));
  const money = new Map(contents.realisations.map((r) => [`${r.actionLineId}.${r.source}`, r.amount]));
  return evaluateReport(await loadRuleSet(db, frame.programmeId, today), {
    periodYear: report.periodYear,
    today,
    indicators: frame.indicators.map((i) => ({ field: valueField(i.id, ''), indicator: i.code, value: totals.get(i.id) ?? null, previous: previous?.get(i.id) ?? null })),
    money: frame.actionLines.flatMap((l) => FUNDING_SOURCES.map((s) => ({ field: realisationField(l.id, s), value: money.get(`${l.id}.${s}`) ?? null }))),
  });
}

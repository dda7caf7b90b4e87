import { eq } from 'drizzle-orm';
import { programmes, progressReports, reportIndicatorValues } from '../../db/schema/index.ts';
import { choosePrefillSource, prefillIndicatorValues } from '../../domain/reports/prefill.ts';
import { reportingPeriods } from '../../domain/reports/report-workflow.ts';
import { evaluateReportingPeriod } from '../../domain/rules/index.ts';
import { Conflict, Invalid, RulesFailed } from '../../errors.ts';
import { loadRuleSet } from '../programmes/load-rule-set.ts';
import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { loadReportFrame } from './load-report-frame.ts';
import { readReportContents } from './read-report-contents.ts';
import { requireReportAuthor } from './report-access.ts';

export type CreateReportInput = { consortiumId: number; periodYear: number; today?: Date };

/** Starts the concept report of a period, prefilled with the previous period's indicator values. */
export async function createReport(ctx: ServiceContext, input: CreateReportInput): Promise<{ id: number; version: number }> {
  requireActor(ctx);
  const actor = requireReportAuthor(ctx, input.consortiumId);
  const frame = await loadReportFrame(ctx.db, input.consortiumId);
  const [programme] = await ctx.db.select({ startsOn: programmes.startsOn, endsOn: programmes.endsOn }).from(programmes).where(eq(programmes.id, frame.programmeId));
  const currentYear = (input.today ?? new Date()).getUTCFullYear();
  const periods = programme ? reportingPeriods(Number(programme.startsOn.slice(0, 4)), Number(programme.endsOn.slice(0, 4)), currentYear) : [];
  if (!periods.includes(input.periodYear)) throw new Invalid('periodUnavailable', [{ name: 'periodYear', reason: 'periodChoose' }]);
  // A period is reported once it has ended, or from the window the office set in the programme's rules.
  const today = (input.today ?? new Date()).toISOString().slice(0, 10);
  const open = evaluateReportingPeriod(await loadRuleSet(ctx.db, frame.programmeId, today), input.periodYear, today);
  if (!open.passed) throw new RulesFailed([{ ...open, field: 'periodYear' }], 'reportPeriodNotOpen');
  return ctx.db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: progressReports.id, periodYear: progressReports.periodYear })
      .from(progressReports)
      .where(eq(progressReports.consortiumId, input.consortiumId));
    if (existing.some((r) => r.periodYear === input.periodYear)) throw new Conflict('reportExists', { year: input.periodYear });
    const [created] = await tx.insert(progressReports).values({ consortiumId: input.consortiumId, periodYear: input.periodYear })
      .onConflictDoNothing().returning({ id: progressReports.id, version: progressReports.version });
    // Someone else created it between our read and insert.
    if (!created) throw new Conflict('reportExists', { year: input.periodYear });
    const source = choosePrefillSource(existing, input.periodYear);
    const values = source ? prefillIndicatorValues(frame.indicators, (await readReportContents(tx, source.id)).values) : [];
    if (values.length) await tx.insert(reportIndicatorValues).values(values.map((v) => ({ ...v, reportId: created.id })));
    await recordAudit(tx, actor, { action: 'report.create', entity: 'progress_reports', entityId: created.id,
      after: { consortiumId: input.consortiumId, periodYear: input.periodYear, status: 'concept', prefilledFrom: source?.periodYear ?? null, values } });
    return created;
  });
}


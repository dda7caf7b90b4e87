import { eq } from 'drizzle-orm';
import { budgetRealisations, reportIndicatorValues, reportNarratives } from '../../db/schema/index.ts';
import { Invalid } from '../../errors.ts';
import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { checkReportContents, type ContentsInput } from './check-report-contents.ts';
import { getReportHeader } from './get-report-header.ts';
import { loadReportFrame } from './load-report-frame.ts';
import { readReportContents } from './read-report-contents.ts';
import { requireReportAuthor } from './report-access.ts';
import { applyTransition, requireTransition } from './transition-report.ts';

export type SaveReportInput = ContentsInput & { reportId: number; version: number };

/** Replaces the report's values, realisation and narratives: all or nothing, refused once the period is locked. */
export async function saveReport(ctx: ServiceContext, input: SaveReportInput): Promise<{ version: number }> {
  requireActor(ctx);
  const report = await getReportHeader(ctx.db, input.reportId);
  const actor = requireReportAuthor(ctx, report.consortiumId);
  requireTransition(report, 'save');
  const frame = await loadReportFrame(ctx.db, report.consortiumId);
  const problems = checkReportContents(frame, input, 'save');
  if (problems.length) throw new Invalid('reportNotSaved', problems);
  return ctx.db.transaction(async (tx) => {
    const before = await readReportContents(tx, report.id);
    // The version check comes first: a stale form changes nothing.
    const moved = await applyTransition(tx, actor, report, { action: 'save', version: input.version });
    await tx.delete(reportIndicatorValues).where(eq(reportIndicatorValues.reportId, report.id));
    await tx.delete(budgetRealisations).where(eq(budgetRealisations.reportId, report.id));
    await tx.delete(reportNarratives).where(eq(reportNarratives.reportId, report.id));
    const values = input.values.flatMap((v) => (v.value === null ? [] : [{ reportId: report.id, indicatorId: v.indicatorId, breakdown: v.breakdown, value: v.value }]));
    const realisations = input.realisations.flatMap((r) => (r.amount === null ? [] : [{ reportId: report.id, actionLineId: r.actionLineId, source: r.source as never, amount: r.amount }]));
    const narratives = input.narratives.flatMap((n) => (n.body.trim() === '' ? [] : [{ reportId: report.id, actionLineId: n.actionLineId, body: n.body.trim() }]));
    if (values.length) await tx.insert(reportIndicatorValues).values(values);
    if (realisations.length) await tx.insert(budgetRealisations).values(realisations);
    if (narratives.length) await tx.insert(reportNarratives).values(narratives);
    await recordAudit(tx, actor, { action: 'report.contents', entity: 'progress_reports', entityId: report.id, before, after: await readReportContents(tx, report.id) });
    return { version: moved.version };
  });
}

import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { budgetLines, progressReports, reportComments, users } from '../../db/schema/index.ts';
import { budgetDeviations, type Deviation } from '../../domain/reports/budget-deviation.ts';
import type { ReportState } from '../../domain/reports/report-workflow.ts';
import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { findProgrammeRule } from '../programmes/find-programme-rule.ts';
import { getReportHeader } from './get-report-header.ts';
import { loadReportFrame, type ReportActionLine, type ReportIndicator } from './load-report-frame.ts';
import { readReportContents, type ReportContents } from './read-report-contents.ts';
import { requireReportReader } from './report-access.ts';

export type ReportView = {
  id: number; consortiumId: number; consortiumName: string; periodYear: number; status: ReportState; version: number;
  reviewNote: string; submittedAt: Date | null; reviewedAt: Date | null;
  indicators: ReportIndicator[]; actionLines: ReportActionLine[];
  contents: ReportContents;
  planned: { actionLineId: number; source: string; amount: number }[];
  /** Realised cells off the plan by more than the programme's change-request threshold. */
  deviations: Deviation[];
  deviationThreshold: number | null;
  comments: { id: number; authorName: string; body: string; createdAt: Date }[];
};

/** One report with everything needed to edit or review it; for the office and the consortium's coordinator. */
export async function getReport(ctx: ServiceContext, input: { reportId: number }): Promise<ReportView> {
  requireActor(ctx);
  const header = await getReportHeader(ctx.db, input.reportId);
  requireReportReader(ctx, header.consortiumId);
  const frame = await loadReportFrame(ctx.db, header.consortiumId);
  const [stamps] = await ctx.db.select({ submittedAt: progressReports.submittedAt, reviewedAt: progressReports.reviewedAt }).from(progressReports).where(eq(progressReports.id, header.id));
  const contents = await readReportContents(ctx.db, header.id);
  const planned = await ctx.db
    .select({ actionLineId: budgetLines.actionLineId, source: budgetLines.source, amount: sql<number>`sum(${budgetLines.plannedAmount})`.mapWith(Number) })
    .from(budgetLines)
    .where(and(eq(budgetLines.consortiumId, header.consortiumId), eq(budgetLines.year, header.periodYear)))
    .groupBy(budgetLines.actionLineId, budgetLines.source)
    .orderBy(asc(budgetLines.actionLineId), asc(budgetLines.source));
  const comments = await ctx.db
    .select({ id: reportComments.id, authorName: users.name, body: reportComments.body, createdAt: reportComments.createdAt })
    .from(reportComments)
    .innerJoin(users, eq(users.id, reportComments.authorUserId))
    .where(eq(reportComments.reportId, header.id))
    .orderBy(asc(reportComments.createdAt), asc(reportComments.id));
  const threshold = await findProgrammeRule(ctx, { programmeId: frame.programmeId, code: 'drempel_wijzigingsverzoek', schema: z.number().positive() });
  const realised = new Map(contents.realisations.map((r) => [`${r.actionLineId}.${r.source}`, r.amount]));
  const cells = planned.map((p) => ({ actionLineId: p.actionLineId, source: p.source, planned: p.amount, realised: realised.get(`${p.actionLineId}.${p.source}`) ?? null }));
  return {
    ...header, consortiumName: frame.consortiumName, submittedAt: stamps?.submittedAt ?? null, reviewedAt: stamps?.reviewedAt ?? null,
    indicators: frame.indicators, actionLines: frame.actionLines, contents, planned, comments,
    deviations: threshold === null ? [] : budgetDeviations(cells, threshold), deviationThreshold: threshold,
  };
}

import { and, eq } from 'drizzle-orm';
import { progressReports } from '../../db/schema/index.ts';
import { nextReportState, type ReportAction, type ReportState } from '../../domain/reports/report-workflow.ts';
import { Conflict, type ErrorCode } from '../../errors.ts';
import type { Tx } from '../../db/client.ts';
import type { Actor } from '../context.ts';
import { requireUpdated } from '../optimistic-lock.ts';
import { recordAudit } from '../record-audit.ts';
import type { ReportHeader } from './get-report-header.ts';

const REFUSED: Record<ReportState, ErrorCode> = {
  concept: 'reportIsConcept', ingediend: 'reportIsSubmitted', goedgekeurd: 'reportIsApproved', teruggestuurd: 'reportIsReturned',
};

/** The state an action leads to, or a Conflict that says why the report is not in a state for it. */
export function requireTransition(report: ReportHeader, action: ReportAction): ReportState {
  const to = nextReportState(report.status, action);
  if (!to) throw new Conflict(REFUSED[report.status]);
  return to;
}

type Stamp = Partial<Pick<typeof progressReports.$inferInsert, 'submittedAt' | 'submittedBy' | 'reviewedAt' | 'reviewedBy' | 'reviewNote'>>;

/** Moves the report to its next state if nobody changed it since `version` was read; audited in the same transaction. */
export async function applyTransition(tx: Tx, actor: Actor, report: ReportHeader, input: { action: ReportAction; version: number; stamp?: Stamp }) {
  const to = requireTransition(report, input.action);
  const updated = await tx
    .update(progressReports)
    .set({ status: to, version: input.version + 1, ...input.stamp })
    .where(and(eq(progressReports.id, report.id), eq(progressReports.version, input.version), eq(progressReports.status, report.status)))
    .returning({ version: progressReports.version });
  const row = requireUpdated(updated);
  await recordAudit(tx, actor, {
    action: `report.${input.action}`, entity: 'progress_reports', entityId: report.id,
    before: { status: report.status, version: input.version, reviewNote: report.reviewNote },
    after: { status: to, version: row.version, ...(input.stamp?.reviewNote !== undefined ? { reviewNote: input.stamp.reviewNote } : {}) },
  });
  return { status: to, version: row.version };
}

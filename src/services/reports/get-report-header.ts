import { eq } from 'drizzle-orm';
import { progressReports } from '../../db/schema/index.ts';
import type { ReportState } from '../../domain/reports/report-workflow.ts';
import { NotFound } from '../../errors.ts';
import type { Db, Tx } from '../../db/client.ts';

export type ReportHeader = { id: number; consortiumId: number; periodYear: number; status: ReportState; version: number; reviewNote: string };

/** The report's consortium and state, read from the database (never from the form) for the scope check. */
export async function getReportHeader(db: Db | Tx, reportId: number): Promise<ReportHeader> {
  const [row] = await db
    .select({
      id: progressReports.id, consortiumId: progressReports.consortiumId, periodYear: progressReports.periodYear,
      status: progressReports.status, version: progressReports.version, reviewNote: progressReports.reviewNote,
    })
    .from(progressReports)
    .where(eq(progressReports.id, reportId));
  if (!row) throw new NotFound('reportNotFound');
  return row;
}

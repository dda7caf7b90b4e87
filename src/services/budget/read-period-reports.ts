import { and, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { progressReports } from '../../db/schema/index.ts';
import { BUDGET_LOCKING_STATES, type PeriodReport } from '../../domain/budget/budget-lock.ts';

/** Per consortium, its reports whose state fixes a period's budget; read inside the write's transaction. */
export async function readPeriodReports(db: Db | Tx, consortiumIds: number[]): Promise<Map<number, PeriodReport[]>> {
  const byConsortium = new Map<number, PeriodReport[]>(consortiumIds.map((id) => [id, []]));
  if (!consortiumIds.length) return byConsortium;
  const rows = await db.select({ consortiumId: progressReports.consortiumId, year: progressReports.periodYear, status: progressReports.status })
    .from(progressReports)
    .where(and(inArray(progressReports.consortiumId, consortiumIds), inArray(progressReports.status, [...BUDGET_LOCKING_STATES])));
  for (const { consortiumId, year, status } of rows) byConsortium.get(consortiumId)?.push({ year, status });
  return byConsortium;
}

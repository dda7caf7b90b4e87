import { asc, eq } from 'drizzle-orm';
import { budgetRealisations, reportIndicatorValues, reportNarratives } from '../../db/schema/index.ts';
import type { Db, Tx } from '../../db/client.ts';

export type ReportContents = {
  values: { indicatorId: number; breakdown: string; value: number }[];
  realisations: { actionLineId: number; source: string; amount: number }[];
  narratives: { actionLineId: number; body: string }[];
};

/** Everything a coordinator fills in for one report; also the before/after of its audit rows. */
export async function readReportContents(db: Db | Tx, reportId: number): Promise<ReportContents> {
  const values = await db
    .select({ indicatorId: reportIndicatorValues.indicatorId, breakdown: reportIndicatorValues.breakdown, value: reportIndicatorValues.value })
    .from(reportIndicatorValues)
    .where(eq(reportIndicatorValues.reportId, reportId))
    .orderBy(asc(reportIndicatorValues.indicatorId), asc(reportIndicatorValues.breakdown));
  const realisations = await db
    .select({ actionLineId: budgetRealisations.actionLineId, source: budgetRealisations.source, amount: budgetRealisations.amount })
    .from(budgetRealisations)
    .where(eq(budgetRealisations.reportId, reportId))
    .orderBy(asc(budgetRealisations.actionLineId), asc(budgetRealisations.source));
  const narratives = await db
    .select({ actionLineId: reportNarratives.actionLineId, body: reportNarratives.body })
    .from(reportNarratives)
    .where(eq(reportNarratives.reportId, reportId))
    .orderBy(asc(reportNarratives.actionLineId));
  return { values, realisations, narratives };
}

import { and, asc, eq } from 'drizzle-orm';
import { actionLines, budgetLines, budgetRealisations, progressReports } from '../../db/schema/index.ts';
import { FUNDING_SOURCES } from '../../domain/enums.ts';
import { summariseBudget, type BudgetSummary } from '../../domain/public/budget-summary.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

export type ActionLineRef = { id: number; code: string; nameNl: string; nameEn: string };
export type ConsortiumBudget = BudgetSummary<ActionLineRef> & { sources: typeof FUNDING_SOURCES };

/** Planned budget (budget lines) and realised spending from approved (goedgekeurd) reports only, per action line, year and source. */
export async function getConsortiumBudget(ctx: ServiceContext, input: { consortiumId: number; programmeId?: number }): Promise<ConsortiumBudget> {
  // A caller that knows the programme already (the consortium page) saves a round trip.
  const programme = input.programmeId === undefined ? await getCurrentProgramme(ctx) : { id: input.programmeId };
  const [lines, planned, realised] = await Promise.all([
    ctx.db.select({ id: actionLines.id, code: actionLines.code, nameNl: actionLines.nameNl, nameEn: actionLines.nameEn })
      .from(actionLines).where(eq(actionLines.programmeId, programme.id)).orderBy(asc(actionLines.position)),
    ctx.db.select({ actionLineId: budgetLines.actionLineId, year: budgetLines.year, source: budgetLines.source, amount: budgetLines.plannedAmount })
      .from(budgetLines).where(eq(budgetLines.consortiumId, input.consortiumId)),
    ctx.db.select({ actionLineId: budgetRealisations.actionLineId, year: progressReports.periodYear, source: budgetRealisations.source, amount: budgetRealisations.amount })
      .from(budgetRealisations).innerJoin(progressReports, eq(progressReports.id, budgetRealisations.reportId))
      .where(and(eq(progressReports.consortiumId, input.consortiumId), eq(progressReports.status, 'goedgekeurd'))),
  ]);
  return { ...summariseBudget(lines, FUNDING_SOURCES, planned, realised), sources: FUNDING_SOURCES };
}

import { and, count, eq, type SQL } from 'drizzle-orm';
import { actionLines, budgetLines, budgetRealisations, consortia, progressReports } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { offsetOf, orderByOf, type Page, type PageRequest, type SortOrder } from '../listing.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

export type BudgetLineSummary = {
  id: number;
  consortium: { id: number; name: string };
  actionLine: { code: string; nameNl: string };
  year: number;
  source: (typeof budgetLines.source.enumValues)[number];
  plannedAmount: number;
  /** Spent according to the approved progress report of that year; null while there is none. */
  realisedAmount: number | null;
  isIllustrative: boolean;
};
export type BudgetSortKey = 'consortium' | 'actionLine' | 'year' | 'source' | 'plannedAmount';
export type ListBudgetLinesInput = {
  filter: { consortiumId?: number; actionLineCode?: string; year?: number; source?: BudgetLineSummary['source'] };
  sort: SortOrder<BudgetSortKey>;
  page: PageRequest;
};

// Realisation counts publicly only once the report of that year is approved.
const approvedReport = and(
  eq(progressReports.consortiumId, budgetLines.consortiumId),
  eq(progressReports.periodYear, budgetLines.year),
  eq(progressReports.status, 'goedgekeurd'),
);
const realisationOfLine = and(
  eq(budgetRealisations.reportId, progressReports.id),
  eq(budgetRealisations.actionLineId, budgetLines.actionLineId),
  eq(budgetRealisations.source, budgetLines.source),
);

/** Planned budget per consortium × action line × year × funding source, with the approved realisation beside it. */
export async function listBudgetLines(ctx: ServiceContext, { filter, sort, page }: ListBudgetLinesInput): Promise<Page<BudgetLineSummary>> {
  const programme = await getCurrentProgramme(ctx);
  const conditions: SQL[] = [eq(consortia.programmeId, programme.id)];
  if (filter.consortiumId !== undefined) conditions.push(eq(budgetLines.consortiumId, filter.consortiumId));
  if (filter.actionLineCode) conditions.push(eq(actionLines.code, filter.actionLineCode));
  if (filter.year !== undefined) conditions.push(eq(budgetLines.year, filter.year));
  if (filter.source) conditions.push(eq(budgetLines.source, filter.source));
  const where = and(...conditions);
  const columns = { consortium: consortia.name, actionLine: actionLines.position, year: budgetLines.year, source: budgetLines.source, plannedAmount: budgetLines.plannedAmount };
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        id: budgetLines.id, consortiumId: consortia.id, consortiumName: consortia.name, actionLineCode: actionLines.code, actionLineName: actionLines.nameNl,
        year: budgetLines.year, source: budgetLines.source, plannedAmount: budgetLines.plannedAmount, realisedAmount: budgetRealisations.amount,
        isIllustrative: consortia.isIllustrative,
      })
      .from(budgetLines)
      .innerJoin(consortia, eq(consortia.id, budgetLines.consortiumId))
      .innerJoin(actionLines, eq(actionLines.id, budgetLines.actionLineId))
      .leftJoin(progressReports, approvedReport)
      .leftJoin(budgetRealisations, realisationOfLine)
      .where(where)
      .orderBy(...orderByOf(sort, columns, budgetLines.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    ctx.db
      .select({ n: count() })
      .from(budgetLines)
      .innerJoin(consortia, eq(consortia.id, budgetLines.consortiumId))
      .innerJoin(actionLines, eq(actionLines.id, budgetLines.actionLineId))
      .where(where),
  ]);
  return {
    total: total?.n ?? 0,
    items: rows.map((r) => ({
      id: r.id, consortium: { id: r.consortiumId, name: r.consortiumName }, actionLine: { code: r.actionLineCode, nameNl: r.actionLineName },
      year: r.year, source: r.source, plannedAmount: r.plannedAmount, realisedAmount: r.realisedAmount, isIllustrative: r.isIllustrative,
    })),
  };
}

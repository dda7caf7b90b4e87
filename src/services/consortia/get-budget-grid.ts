import { asc, eq } from 'drizzle-orm';
import { actionLines, budgetLines, consortia, programmes } from '../../db/schema/index.ts';
import { lockedYearsOf, type PeriodReport } from '../../domain/budget/budget-lock.ts';
import { FUNDING_SOURCES } from '../../domain/enums.ts';
import { NotFound } from '../../errors.ts';
import type { Db, Tx } from '../../db/client.ts';
import { requireConsortiumScope } from '../authorize.ts';
import { readPeriodReports } from '../budget/read-period-reports.ts';
import type { ServiceContext } from '../context.ts';

export type BudgetCell = { actionLineId: number; year: number; source: string; plannedAmount: number; version: number };
export type BudgetGrid = {
  consortiumId: number; consortiumName: string; years: number[]; sources: readonly string[];
  actionLines: { id: number; code: string; nameNl: string; nameEn: string }[];
  cells: BudgetCell[];
  /** The reports that fix their period's budget (submitted or approved), for the one lock rule. */
  reports: PeriodReport[];
  /** Years whose budget is fixed by such a report. */
  lockedYears: number[];
};

/** The parts of the grid that do not depend on who asks; also used inside the write transaction. */
export async function readBudgetGrid(db: Db | Tx, consortiumId: number): Promise<BudgetGrid> {
  const [c] = await db
    .select({ name: consortia.name, programmeId: consortia.programmeId, startsOn: programmes.startsOn, endsOn: programmes.endsOn })
    .from(consortia).innerJoin(programmes, eq(programmes.id, consortia.programmeId)).where(eq(consortia.id, consortiumId));
  if (!c) throw new NotFound('consortiumNotFound');
  const lines = await db.select({ id: actionLines.id, code: actionLines.code, nameNl: actionLines.nameNl, nameEn: actionLines.nameEn })
    .from(actionLines).where(eq(actionLines.programmeId, c.programmeId)).orderBy(asc(actionLines.position));
  const cells = await db
    .select({ actionLineId: budgetLines.actionLineId, year: budgetLines.year, source: budgetLines.source, plannedAmount: budgetLines.plannedAmount, version: budgetLines.version })
    .from(budgetLines).where(eq(budgetLines.consortiumId, consortiumId));
  const reports = (await readPeriodReports(db, [consortiumId])).get(consortiumId) ?? [];
  const first = Number(c.startsOn.slice(0, 4));
  const years = Array.from({ length: Number(c.endsOn.slice(0, 4)) - first + 1 }, (_, i) => first + i);
  return { consortiumId, consortiumName: c.name, years, sources: FUNDING_SOURCES, actionLines: lines, cells, reports, lockedYears: lockedYearsOf(reports) };
}

/** Planned budget per action line, year and source, for the coordinator's grid. */
export async function getBudgetGrid(ctx: ServiceContext, input: { consortiumId: number }): Promise<BudgetGrid> {
  requireConsortiumScope(ctx, input.consortiumId);
  return readBudgetGrid(ctx.db, input.consortiumId);
}

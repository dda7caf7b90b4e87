import { inIds } from './in-ids.ts';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { publicBudget } from '../../db/derived/public-figures.ts';
import { actionLines, budgetLines } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import type { Scope } from './resolve-scope.ts';

export type ActionLineBudget = { code: string; nameNl: string; nameEn: string; subsidy: number; cofinancing: number; total: number; share: number };
type Filter = { actielijn?: string; jaar?: number };

/** Planned budget per action line: NGF subsidy and cofinancing (all other sources) apart, with the share of the total. */
export async function getBudgetByActionLine(ctx: ServiceContext, scope: Scope, filter: Filter): Promise<ActionLineBudget[]> {
  if (scope.consortiumIds.length === 0) return [];
  if (scope.key === null) return budgetFromLines(ctx, scope, filter);
  // Per scope, action line and year, precomputed: at most a few hundred rows whatever the number of budget lines.
  return withShares(await byActionLine(ctx, sql`sum(${publicBudget.subsidy})::float8`, sql`sum(${publicBudget.cofinancing})::float8`)
    .from(publicBudget).innerJoin(actionLines, eq(actionLines.id, publicBudget.actionLineId))
    .where(and(
      eq(publicBudget.programmeId, scope.programmeId), eq(publicBudget.scope, scope.key),
      filter.actielijn ? eq(actionLines.code, filter.actielijn) : undefined, filter.jaar ? eq(publicBudget.year, filter.jaar) : undefined,
    ))
    .groupBy(actionLines.code, actionLines.nameNl, actionLines.nameEn, actionLines.position)
    .orderBy(asc(actionLines.position)));
}

/** The same figures straight from the budget lines: for combined filters, and the tests' oracle. */
export async function budgetFromLines(ctx: ServiceContext, scope: Scope, filter: Filter): Promise<ActionLineBudget[]> {
  if (scope.consortiumIds.length === 0) return [];
  const subsidy = sql<number>`coalesce(sum(${budgetLines.plannedAmount}) filter (where ${budgetLines.source} = 'ngf_subsidie'), 0)::float8`;
  const cofinancing = sql<number>`coalesce(sum(${budgetLines.plannedAmount}) filter (where ${budgetLines.source} <> 'ngf_subsidie'), 0)::float8`;
  return withShares(await byActionLine(ctx, subsidy, cofinancing)
    .from(budgetLines).innerJoin(actionLines, eq(actionLines.id, budgetLines.actionLineId))
    .where(and(
      inIds(budgetLines.consortiumId, scope.consortiumIds),
      filter.actielijn ? eq(actionLines.code, filter.actielijn) : undefined, filter.jaar ? eq(budgetLines.year, filter.jaar) : undefined,
    ))
    .groupBy(actionLines.code, actionLines.nameNl, actionLines.nameEn, actionLines.position)
    .orderBy(asc(actionLines.position)));
}

function byActionLine(ctx: ServiceContext, subsidy: SQL, cofinancing: SQL) {
  return ctx.db.select({
    code: actionLines.code, nameNl: actionLines.nameNl, nameEn: actionLines.nameEn,
    subsidy: subsidy.mapWith(Number), cofinancing: cofinancing.mapWith(Number),
  });
}

function withShares(rows: { code: string; nameNl: string; nameEn: string; subsidy: number; cofinancing: number }[]): ActionLineBudget[] {
  const grand = rows.reduce((sum, r) => sum + r.subsidy + r.cofinancing, 0);
  return rows.map((r) => {
    const total = r.subsidy + r.cofinancing;
    return { ...r, total, share: grand > 0 ? Math.round((total / grand) * 1000) / 1000 : 0 };
  });
}

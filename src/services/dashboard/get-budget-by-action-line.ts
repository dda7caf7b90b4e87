import { inIds } from './in-ids.ts';
import { and, asc, eq, sql } from 'drizzle-orm';
import { actionLines, budgetLines } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import type { Scope } from './resolve-scope.ts';

export type ActionLineBudget = { code: string; nameNl: string; nameEn: string; subsidy: number; cofinancing: number; total: number; share: number };

/** Planned budget per action line: NGF subsidy and cofinancing (all other sources) apart, with the share of the total. */
export async function getBudgetByActionLine(ctx: ServiceContext, scope: Scope, filter: { actielijn?: string; jaar?: number }): Promise<ActionLineBudget[]> {
  if (scope.consortiumIds.length === 0) return [];
  const rows = await ctx.db
    .select({
      code: actionLines.code, nameNl: actionLines.nameNl, nameEn: actionLines.nameEn,
      subsidy: sql<number>`coalesce(sum(${budgetLines.plannedAmount}) filter (where ${budgetLines.source} = 'ngf_subsidie'), 0)::float8`,
      cofinancing: sql<number>`coalesce(sum(${budgetLines.plannedAmount}) filter (where ${budgetLines.source} <> 'ngf_subsidie'), 0)::float8`,
    })
    .from(budgetLines)
    .innerJoin(actionLines, eq(actionLines.id, budgetLines.actionLineId))
    .where(and(
      inIds(budgetLines.consortiumId, scope.consortiumIds),
      filter.actielijn ? eq(actionLines.code, filter.actielijn) : undefined,
      filter.jaar ? eq(budgetLines.year, filter.jaar) : undefined,
    ))
    .groupBy(actionLines.code, actionLines.nameNl, actionLines.nameEn, actionLines.position)
    .orderBy(asc(actionLines.position));
  const grand = rows.reduce((sum, r) => sum + r.subsidy + r.cofinancing, 0);
  return rows.map((r) => {
    const total = r.subsidy + r.cofinancing;
    return { ...r, total, share: grand > 0 ? Math.round((total / grand) * 1000) / 1000 : 0 };
  });
}

import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { publicCounts, type COUNT_DIMENSIONS } from '../../db/derived/public-figures.ts';
import type { ServiceContext } from '../context.ts';
import type { Scope } from './resolve-scope.ts';

/** Precomputed counts of a keyed scope along one dimension, by code (codes without rows count zero). */
export async function countsOf(ctx: ServiceContext, scope: Scope, dimension: (typeof COUNT_DIMENSIONS)[number]): Promise<Map<string, number>> {
  if (scope.key === null) throw new Error('countsOf needs a keyed scope');
  const rows = await ctx.db.select({ code: publicCounts.code, n: publicCounts.count }).from(publicCounts)
    .where(and(eq(publicCounts.programmeId, scope.programmeId), eq(publicCounts.scope, scope.key), eq(publicCounts.dimension, dimension)));
  return new Map(rows.map((r) => [r.code, r.n]));
}

/** The same counts straight from a link table's rows: for combined filters, and the tests' oracle. */
export async function countsFromRows(ctx: ServiceContext, table: PgTable, code: PgColumn, where: SQL): Promise<Map<string, number>> {
  const rows = await ctx.db.select({ code: sql<string>`${code}`, n: sql<number>`count(*)::int` }).from(table).where(where).groupBy(code);
  return new Map(rows.map((r) => [r.code, r.n]));
}

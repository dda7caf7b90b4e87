import { and, desc, gte, lte, sql } from 'drizzle-orm';
import { pageViews } from '../../db/schema/index.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export type PageViewRow = { path: string; views: number };

/** Views per path between two days (inclusive), most viewed first: the office's visitor report. */
export async function listPageViews(ctx: ServiceContext, input: { from: string; to: string; limit?: number }): Promise<{ rows: PageViewRow[]; total: number }> {
  requireRole(ctx, 'programmabureau');
  const views = sql<number>`sum(${pageViews.views})::int`;
  const where = and(gte(pageViews.day, input.from), lte(pageViews.day, input.to));
  const [rows, [total]] = await Promise.all([
    ctx.db.select({ path: pageViews.path, views }).from(pageViews).where(where).groupBy(pageViews.path).orderBy(desc(views), pageViews.path).limit(input.limit ?? 100),
    ctx.db.select({ n: sql<number>`coalesce(sum(${pageViews.views}), 0)::int` }).from(pageViews).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

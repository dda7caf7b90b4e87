import { sql } from 'drizzle-orm';
import { pageViews } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';

/** Adds one view (or `views`, counted apart) of a public path on a day: no cookie, no address, no user agent; one row per path and day. */
export async function recordPageView(ctx: ServiceContext, input: { path: string; day: string; views?: number }): Promise<void> {
  const views = input.views ?? 1;
  await ctx.db.insert(pageViews).values({ path: input.path, day: input.day, views })
    .onConflictDoUpdate({ target: [pageViews.path, pageViews.day], set: { views: sql`${pageViews.views} + ${views}` } });
}

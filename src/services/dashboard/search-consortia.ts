import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { consortia } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

export type ConsortiumSearch = { slug: string } | { matches: string[]; total: number };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const SHOWN = 5;

/**
 * The consortium a filter's search text names: its slug or whole name exactly, else the only name containing it.
 * Several candidates come back by name (at most five, and how many), none as an empty list.
 */
export async function searchConsortia(ctx: ServiceContext, text: string): Promise<ConsortiumSearch> {
  const programme = await getCurrentProgramme(ctx);
  const q = text.trim();
  const inProgramme = eq(consortia.programmeId, programme.id);
  const [exact] = await ctx.db.select({ slug: consortia.slug }).from(consortia)
    .where(and(inProgramme, or(eq(consortia.slug, q), sql`lower(${consortia.name}) = lower(${q})`))).limit(1);
  if (exact) return exact;
  const found = await ctx.db.select({ slug: consortia.slug, name: consortia.name, total: sql<number>`(count(*) over ())::int` })
    .from(consortia).where(and(inProgramme, ilike(consortia.name, `%${escapeLike(q)}%`)))
    .orderBy(asc(consortia.name)).limit(SHOWN);
  if (found.length === 1) return { slug: (found[0] as { slug: string }).slug };
  return { matches: found.map((r) => r.name), total: found[0]?.total ?? 0 };
}

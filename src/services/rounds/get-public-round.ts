import { and, asc, eq } from 'drizzle-orm';
import { applications, consortia, decisions, rounds } from '../../db/schema/index.ts';
import { NotFound } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { listCriteria, type Criterion } from './list-criteria.ts';
import { publicRoundColumns, type PublicRound } from './list-public-rounds.ts';

export type HonouredConsortium = { consortiumId: number | null; slug: string | null; name: string; awardedAmount: number };
export type PublicRoundDetail = PublicRound & { criteria: Criterion[]; honouredConsortia: HonouredConsortium[] };

/**
 * One round as the public sees it: dates, budget, criteria, counts and the honoured consortia with their awards.
 * Nothing of scores, motivations, declarations or rejected applications leaves this function.
 */
export async function getPublicRound(ctx: ServiceContext, roundId: number): Promise<PublicRoundDetail> {
  const [round] = await ctx.db.select({ ...publicRoundColumns, programmeId: rounds.programmeId }).from(rounds)
    .leftJoin(applications, eq(applications.roundId, rounds.id))
    .leftJoin(decisions, eq(decisions.applicationId, applications.id))
    .where(eq(rounds.id, roundId))
    .groupBy(rounds.id);
  if (!round) throw new NotFound('roundNotFound');
  const honouredConsortia = await ctx.db
    .select({ consortiumId: consortia.id, slug: consortia.slug, name: consortia.name, awardedAmount: decisions.awardedAmount })
    .from(decisions)
    .innerJoin(applications, eq(applications.id, decisions.applicationId))
    .leftJoin(consortia, eq(consortia.id, applications.consortiumId))
    .where(and(eq(applications.roundId, roundId), eq(decisions.outcome, 'toegekend')))
    .orderBy(asc(consortia.name));
  const { programmeId, ...rest } = round;
  return { ...rest, criteria: await listCriteria(ctx.db, programmeId), honouredConsortia: honouredConsortia.map((h) => ({ ...h, name: h.name ?? '' })) };
}

import { asc, eq, sql } from 'drizzle-orm';
import { applications, decisions, rounds } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

export type PublicRound = {
  id: number; name: string; opensOn: string; closesOn: string; budget: number; status: string;
  applied: number; honoured: number; awardedTotal: number;
};

// Drafts are not applications yet; only the counts and the honoured total are public.
export const publicRoundColumns = {
  id: rounds.id, name: rounds.name, opensOn: rounds.opensOn, closesOn: rounds.closesOn, budget: rounds.budget, status: rounds.status,
  applied: sql<number>`count(${applications.id}) filter (where ${applications.status}::text <> 'concept')`.mapWith(Number),
  honoured: sql<number>`count(${decisions.id}) filter (where ${decisions.outcome} = 'toegekend')`.mapWith(Number),
  awardedTotal: sql<number>`coalesce(sum(${decisions.awardedAmount}) filter (where ${decisions.outcome} = 'toegekend'), 0)`.mapWith(Number),
};

/** The current programme's rounds with their public counts. */
export async function listPublicRounds(ctx: ServiceContext): Promise<PublicRound[]> {
  const programme = await getCurrentProgramme(ctx);
  return ctx.db.select(publicRoundColumns).from(rounds)
    .leftJoin(applications, eq(applications.roundId, rounds.id))
    .leftJoin(decisions, eq(decisions.applicationId, applications.id))
    .where(eq(rounds.programmeId, programme.id))
    .groupBy(rounds.id)
    .orderBy(asc(rounds.opensOn), asc(rounds.id));
}

import { asc, eq } from 'drizzle-orm';
import { applications, decisions, rounds } from '../../db/schema/index.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { publicRoundColumns, type PublicRound } from './list-public-rounds.ts';

/** Every round of every programme, for the office's portal. */
export async function listRounds(ctx: ServiceContext): Promise<PublicRound[]> {
  requireRole(ctx, 'programmabureau');
  return ctx.db.select(publicRoundColumns).from(rounds)
    .leftJoin(applications, eq(applications.roundId, rounds.id))
    .leftJoin(decisions, eq(decisions.applicationId, applications.id))
    .groupBy(rounds.id)
    .orderBy(asc(rounds.opensOn), asc(rounds.id));
}

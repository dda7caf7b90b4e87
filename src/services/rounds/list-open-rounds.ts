import { and, asc, eq, gte } from 'drizzle-orm';
import { rounds } from '../../db/schema/index.ts';
import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export type OpenRound = { id: number; name: string; opensOn: string; closesOn: string };

/** Rounds an application can be started in today: open, and not past their closing date. */
export async function listOpenRounds(ctx: ServiceContext, today: string): Promise<OpenRound[]> {
  requireActor(ctx);
  return ctx.db
    .select({ id: rounds.id, name: rounds.name, opensOn: rounds.opensOn, closesOn: rounds.closesOn })
    .from(rounds)
    .where(and(eq(rounds.status, 'open'), gte(rounds.closesOn, today)))
    .orderBy(asc(rounds.closesOn), asc(rounds.id));
}

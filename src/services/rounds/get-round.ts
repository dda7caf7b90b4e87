import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { rounds } from '../../db/schema/index.ts';
import { NotFound } from '../../errors.ts';

export type RoundRow = { id: number; programmeId: number; name: string; opensOn: string; closesOn: string; budget: number; status: string };

/** One round's own fields, or NotFound. */
export async function getRound(db: Db | Tx, roundId: number): Promise<RoundRow> {
  const [row] = await db
    .select({ id: rounds.id, programmeId: rounds.programmeId, name: rounds.name, opensOn: rounds.opensOn, closesOn: rounds.closesOn, budget: rounds.budget, status: rounds.status })
    .from(rounds)
    .where(eq(rounds.id, roundId));
  if (!row) throw new NotFound('roundNotFound');
  return row;
}

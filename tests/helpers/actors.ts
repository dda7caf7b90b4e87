import type { Db } from '../../src/db/client.ts';
import type { Actor } from '../../src/services/context.ts';

// Constructed actors matching the demo users: 1 programme office, 2–4 assessors, 5–19 coordinators of consortia 1–15.
export const OFFICE: Actor = { userId: 1, roles: [{ role: 'programmabureau', consortiumId: null }] };
export const ASSESSOR: Actor = { userId: 2, roles: [{ role: 'beoordelaar', consortiumId: null }] };
export const coordinatorOf = (consortiumId: number): Actor => ({ userId: 4 + consortiumId, roles: [{ role: 'coordinator', consortiumId }] });
/** A coordinator of some other consortium than the given one. */
export const coordinatorOfOther = (consortiumId: number): Actor => coordinatorOf((consortiumId % 15) + 1);

export type ActorKind = 'anonymous' | 'office' | 'assessor' | 'own coordinator' | 'other coordinator';
export const ACTOR_KINDS: ActorKind[] = ['anonymous', 'office', 'assessor', 'own coordinator', 'other coordinator'];

export function actorFor(kind: ActorKind, consortiumId: number): Actor | null {
  switch (kind) {
    case 'anonymous': return null;
    case 'office': return OFFICE;
    case 'assessor': return ASSESSOR;
    case 'own coordinator': return coordinatorOf(consortiumId);
    case 'other coordinator': return coordinatorOfOther(consortiumId);
  }
}

class Rollback extends Error {}

/** Runs fn in a transaction that is always rolled back, so each case starts from the same demo data. */
export async function inRollback<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    await db.transaction(async (tx) => {
      result = await fn(tx as unknown as Db);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result as T;
}

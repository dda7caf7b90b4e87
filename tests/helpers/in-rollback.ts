import type { Db } from '../../src/db/client.ts';

class Rollback extends Error {}

/** Runs fn in a transaction that is always rolled back, so each case starts from the same data. */
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

import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { selectionCriteria } from '../../db/schema/index.ts';

export type Criterion = { id: number; code: string; nameNl: string; nameEn: string; weight: number };

/** The programme's selection criteria in their published order. */
export async function listCriteria(db: Db | Tx, programmeId: number): Promise<Criterion[]> {
  return db
    .select({ id: selectionCriteria.id, code: selectionCriteria.code, nameNl: selectionCriteria.nameNl, nameEn: selectionCriteria.nameEn, weight: selectionCriteria.weight })
    .from(selectionCriteria)
    .where(eq(selectionCriteria.programmeId, programmeId))
    .orderBy(asc(selectionCriteria.position));
}

import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { organisations } from '../../db/schema/index.ts';
import { Invalid } from '../../errors.ts';

/** The named organisations; an id that does not exist is a field problem, not a database error. */
export async function organisationNames(db: Db | Tx, ids: number[]): Promise<{ id: number; name: string; kind: string }[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await db.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(inArray(organisations.id, unique));
  const missing = unique.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw new Invalid('partnerNotFound', missing.map((id) => ({ name: 'partnerIds', reason: 'organisationIdNotFound', values: { id } })));
  return rows;
}

import type { ReadProblem } from '../../domain/import/read-table.ts';
import { eq, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { consortia, programmes } from '../../db/schema/index.ts';
import { coordinatedConsortia, hasRole } from '../authorize.ts';
import type { Actor } from '../context.ts';

// Imports are open to the office for every consortium and to coordinators for their own: checked per row.
export function importScope(actor: Actor): (consortiumId: number) => boolean {
  if (hasRole(actor, 'programmabureau')) return () => true;
  const mine = coordinatedConsortia(actor);
  return (consortiumId) => mine.includes(consortiumId);
}

export type ImportConsortium = { id: number; slug: string; programmeId: number; firstYear: number; lastYear: number };

/** The consortia a file names, by slug or by exact name (as our exports have them), with the years of their programme. */
export async function consortiaBySlug(db: Db | Tx, keys: string[]): Promise<Map<string, ImportConsortium>> {
  if (!keys.length) return new Map();
  const unique = [...new Set(keys)];
  const rows = await db.select({ id: consortia.id, slug: consortia.slug, name: consortia.name, programmeId: consortia.programmeId, startsOn: programmes.startsOn, endsOn: programmes.endsOn })
    .from(consortia).innerJoin(programmes, eq(programmes.id, consortia.programmeId)).where(or(inArray(consortia.slug, unique), inArray(consortia.name, unique)));
  return new Map(rows.flatMap((r) => {
    const found = { id: r.id, slug: r.slug, programmeId: r.programmeId, firstYear: Number(r.startsOn.slice(0, 4)), lastYear: Number(r.endsOn.slice(0, 4)) };
    return [[r.name, found], [r.slug, found]] as const;
  }));
}

export const unknownConsortium = (line: number, slug: string): ReadProblem => ({ line, column: 'consortium', code: 'import.consortiumUnknown', values: { value: slug } });
export const notYours = (line: number, slug: string): ReadProblem => ({ line, column: 'consortium', code: 'import.consortiumNotYours', values: { value: slug } });

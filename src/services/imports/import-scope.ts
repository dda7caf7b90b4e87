import { inArray, eq } from 'drizzle-orm';
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

/** The consortia a file names, by slug, with the years of their programme. */
export async function consortiaBySlug(db: Db | Tx, slugs: string[]): Promise<Map<string, ImportConsortium>> {
  if (!slugs.length) return new Map();
  const rows = await db.select({ id: consortia.id, slug: consortia.slug, programmeId: consortia.programmeId, startsOn: programmes.startsOn, endsOn: programmes.endsOn })
    .from(consortia).innerJoin(programmes, eq(programmes.id, consortia.programmeId)).where(inArray(consortia.slug, [...new Set(slugs)]));
  return new Map(rows.map((r) => [r.slug, { id: r.id, slug: r.slug, programmeId: r.programmeId, firstYear: Number(r.startsOn.slice(0, 4)), lastYear: Number(r.endsOn.slice(0, 4)) }]));
}

export const unknownConsortium = (slug: string) => `Onbekend consortium "${slug}". Gebruik de code uit /api/v1/consortia (bijvoorbeeld in de kolom slug).`;
export const notYours = (slug: string) => `U mag geen gegevens inlezen voor consortium "${slug}".`;

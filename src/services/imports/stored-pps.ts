import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { pps, ppsLevels, ppsSectors } from '../../db/schema/index.ts';
import type { PpsFields } from '../../domain/import/pps-rows.ts';

export type StoredPps = PpsFields & { id: number; slug: string; consortiumId: number | null };

/** The pps'en of these consortia with their sectors and levels, to match and compare import rows with. */
export async function storedPps(db: Db | Tx, consortiumIds: number[]): Promise<StoredPps[]> {
  if (!consortiumIds.length) return [];
  const rows = await db.select({ id: pps.id, slug: pps.slug, consortiumId: pps.consortiumId, name: pps.name, foundedYear: pps.foundedYear, status: pps.status, municipalityCode: pps.municipalityCode, description: pps.description, descriptionEn: pps.descriptionEn })
    .from(pps).where(inArray(pps.consortiumId, consortiumIds));
  const ids = rows.map((r) => r.id);
  const sectors = ids.length ? await db.select({ ppsId: ppsSectors.ppsId, code: ppsSectors.sectorCode }).from(ppsSectors).where(inArray(ppsSectors.ppsId, ids)) : [];
  const levels = ids.length ? await db.select({ ppsId: ppsLevels.ppsId, level: ppsLevels.level }).from(ppsLevels).where(inArray(ppsLevels.ppsId, ids)) : [];
  return rows.map((r) => ({
    ...r, municipalityCode: r.municipalityCode ?? '',
    sectorCodes: sectors.filter((s) => s.ppsId === r.id).map((s) => s.code), levels: levels.filter((l) => l.ppsId === r.id).map((l) => l.level),
  }));
}

const sorted = (values: string[]) => [...values].sort().join(',');

/** True when the row would change nothing: re-importing an unchanged file writes nothing. */
export function samePps(stored: StoredPps, row: PpsFields): boolean {
  return stored.name === row.name && stored.foundedYear === row.foundedYear && stored.status === row.status && stored.municipalityCode === row.municipalityCode
    && stored.description === row.description && stored.descriptionEn === row.descriptionEn && sorted(stored.sectorCodes) === sorted(row.sectorCodes) && sorted(stored.levels) === sorted(row.levels);
}

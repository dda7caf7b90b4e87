import { asc } from 'drizzle-orm';
import { sectors } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';

export type SectorSummary = { code: string; nameNl: string; nameEn: string; isTopSector: boolean };

/** The sector code list: the Dutch top sectors first, then the scheme's other sectors. */
export async function listSectors(ctx: ServiceContext): Promise<SectorSummary[]> {
  return ctx.db
    .select({ code: sectors.code, nameNl: sectors.nameNl, nameEn: sectors.nameEn, isTopSector: sectors.isTopSector })
    .from(sectors)
    .orderBy(asc(sectors.position));
}

import { asc, eq, sql } from 'drizzle-orm';
import { pps, ppsLevels, ppsProvinces, ppsSectors } from '../../db/schema/index.ts';
import type { EDUCATION_LEVELS } from '../../domain/enums.ts';
import type { ServiceContext } from '../context.ts';
import { codesOf, splitCodes } from './consortium-facts.ts';
import { selectPpsSummaries, type PpsSummary } from './list-public-pps.ts';

/**
 * All pps'en of one consortium by name, as `listPublicPps` gives them, in one query: a consortium has a few dozen
 * at most, so their provinces, sectors and levels come along as lists instead of three more round trips.
 */
export async function listConsortiumPps(ctx: ServiceContext, input: { consortiumId: number }): Promise<PpsSummary[]> {
  const rows = await selectPpsSummaries(ctx.db, {
    provinceCodes: codesOf(sql`select ${ppsProvinces.provinceCode} from ${ppsProvinces} where ${ppsProvinces.ppsId} = ${pps.id} order by 1`),
    sectorCodes: codesOf(sql`select ${ppsSectors.sectorCode} from ${ppsSectors} where ${ppsSectors.ppsId} = ${pps.id} order by 1`),
    levels: codesOf(sql`select ${ppsLevels.level}::text from ${ppsLevels} where ${ppsLevels.ppsId} = ${pps.id} order by ${ppsLevels.level}`),
  }).where(eq(pps.consortiumId, input.consortiumId)).orderBy(asc(pps.name), asc(pps.id));
  return rows.map(({ consortiumId, consortiumSlug, consortiumName, municipalityCode, municipalityName, provinceCodes, sectorCodes, levels, ...r }) => ({
    ...r,
    consortium: { id: consortiumId, slug: consortiumSlug, name: consortiumName },
    municipality: municipalityCode && municipalityName ? { code: municipalityCode, name: municipalityName } : null,
    provinceCodes: splitCodes(provinceCodes), sectorCodes: splitCodes(sectorCodes),
    levels: splitCodes(levels) as (typeof EDUCATION_LEVELS)[number][],
  }));
}

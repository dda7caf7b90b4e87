import { and, eq, sql } from 'drizzle-orm';
import { consortia, consortiumLevels, consortiumProvinces, consortiumSectors, pps, ppsDisciplines, programmes } from '../../db/schema/index.ts';
import { EDUCATION_LEVELS } from '../../domain/enums.ts';
import { NotFound } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';
import { codesOf, splitCodes, type ConsortiumSummary } from './consortium-facts.ts';
import { selectConsortiumSummaries } from './list-public-consortia.ts';

export type ConsortiumDetail = ConsortiumSummary & {
  /** The current programme's, which the consortium belongs to. */
  programmeId: number;
  description: string;
  /** Empty when there is no English text. */
  descriptionEn: string;
  levels: (typeof EDUCATION_LEVELS)[number][];
  /** Opleidingsdomeinen of its pps'en together. */
  disciplineCodes: string[];
};

const currentProgrammeId = sql`(select ${programmes.id} from ${programmes} order by ${programmes.id} limit 1)`;

/**
 * One public consortium by slug (pages) or id (API); NotFound when it is not in the current programme. One query,
 * its codes as lists: a consortium page waits one round trip for it, not three.
 */
export async function getPublicConsortium(ctx: ServiceContext, key: { slug: string } | { id: number }): Promise<ConsortiumDetail> {
  const match = 'slug' in key ? eq(consortia.slug, key.slug) : eq(consortia.id, key.id);
  const [row] = await selectConsortiumSummaries(ctx.db, {
    programmeId: consortia.programmeId, description: consortia.description, descriptionEn: consortia.descriptionEn,
    provinceCodes: codesOf(sql`select ${consortiumProvinces.provinceCode} from ${consortiumProvinces} where ${consortiumProvinces.consortiumId} = ${consortia.id} order by 1`),
    sectorCodes: codesOf(sql`select ${consortiumSectors.sectorCode} from ${consortiumSectors} where ${consortiumSectors.consortiumId} = ${consortia.id} order by 1`),
    levels: codesOf(sql`select ${consortiumLevels.level}::text from ${consortiumLevels} where ${consortiumLevels.consortiumId} = ${consortia.id}`),
    disciplineCodes: codesOf(sql`select distinct ${ppsDisciplines.disciplineCode} from ${ppsDisciplines}
      inner join ${pps} on ${pps.id} = ${ppsDisciplines.ppsId} where ${pps.consortiumId} = ${consortia.id} order by 1`),
  }).where(and(match, sql`${consortia.programmeId} = ${currentProgrammeId}`));
  // Without a programme at all, that is the answer (as every public page gives it).
  if (!row) await getCurrentProgramme(ctx);
  if (!row) throw new NotFound('consortiumKeyNotFound', { key: 'slug' in key ? key.slug : key.id });
  const { leadId, leadName, provinceCodes, sectorCodes, levels, disciplineCodes, description, descriptionEn, ...summary } = row;
  const order = (l: (typeof EDUCATION_LEVELS)[number]) => EDUCATION_LEVELS.indexOf(l);
  return {
    ...summary, leadOrganisation: { id: leadId, name: leadName },
    provinceCodes: splitCodes(provinceCodes), sectorCodes: splitCodes(sectorCodes),
    description: description ?? '', descriptionEn: descriptionEn ?? '',
    levels: (splitCodes(levels) as (typeof EDUCATION_LEVELS)[number][]).sort((a, b) => order(a) - order(b)),
    disciplineCodes: splitCodes(disciplineCodes),
  };
}

import { and, asc, eq } from 'drizzle-orm';
import { consortia, consortiumLevels, pps, ppsDisciplines } from '../../db/schema/index.ts';
import { EDUCATION_LEVELS } from '../../domain/enums.ts';
import { NotFound } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';
import type { ConsortiumSummary } from './consortium-facts.ts';
import { selectConsortiumSummaries, withConsortiumCodes } from './list-public-consortia.ts';

export type ConsortiumDetail = ConsortiumSummary & {
  description: string;
  /** Empty when there is no English text. */
  descriptionEn: string;
  levels: (typeof EDUCATION_LEVELS)[number][];
  /** Opleidingsdomeinen of its pps'en together. */
  disciplineCodes: string[];
};

/** One public consortium by slug (pages) or id (API); NotFound when it is not in the current programme. */
export async function getPublicConsortium(ctx: ServiceContext, key: { slug: string } | { id: number }): Promise<ConsortiumDetail> {
  const programme = await getCurrentProgramme(ctx);
  const match = 'slug' in key ? eq(consortia.slug, key.slug) : eq(consortia.id, key.id);
  const [row] = await selectConsortiumSummaries(ctx.db).where(and(match, eq(consortia.programmeId, programme.id)));
  if (!row) throw new NotFound('consortiumKeyNotFound', { key: 'slug' in key ? key.slug : key.id });
  const [[summary], [c], levels, disciplines] = await Promise.all([
    withConsortiumCodes(ctx.db, [row]),
    ctx.db.select({ description: consortia.description, descriptionEn: consortia.descriptionEn }).from(consortia).where(eq(consortia.id, row.id)),
    ctx.db.select({ level: consortiumLevels.level }).from(consortiumLevels).where(eq(consortiumLevels.consortiumId, row.id)),
    ctx.db.selectDistinct({ code: ppsDisciplines.disciplineCode }).from(ppsDisciplines)
      .innerJoin(pps, eq(pps.id, ppsDisciplines.ppsId)).where(eq(pps.consortiumId, row.id)).orderBy(asc(ppsDisciplines.disciplineCode)),
  ]);
  const order = (l: (typeof EDUCATION_LEVELS)[number]) => EDUCATION_LEVELS.indexOf(l);
  return {
    ...summary!, description: c?.description ?? '', descriptionEn: c?.descriptionEn ?? '',
    levels: levels.map((l) => l.level).sort((a, b) => order(a) - order(b)),
    disciplineCodes: disciplines.map((d) => d.code),
  };
}

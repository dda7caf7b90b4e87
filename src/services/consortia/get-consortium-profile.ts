import { asc, eq } from 'drizzle-orm';
import { consortia, consortiumLevels, consortiumProvinces, consortiumSectors, organisations } from '../../db/schema/index.ts';
import { EDUCATION_LEVELS } from '../../domain/enums.ts';
import { NotFound } from '../../errors.ts';
import { requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export type ConsortiumProfile = {
  id: number; name: string; description: string; descriptionEn: string; leadOrganisationName: string; version: number;
  provinceCodes: string[]; sectorCodes: string[]; levels: (typeof EDUCATION_LEVELS)[number][];
};

/** The consortium's own data as its coordinator and the office edit it. */
export async function getConsortiumProfile(ctx: ServiceContext, input: { consortiumId: number }): Promise<ConsortiumProfile> {
  requireConsortiumScope(ctx, input.consortiumId);
  const [c] = await ctx.db
    .select({ id: consortia.id, name: consortia.name, description: consortia.description, descriptionEn: consortia.descriptionEn, version: consortia.version, leadOrganisationName: organisations.name })
    .from(consortia)
    .innerJoin(organisations, eq(organisations.id, consortia.leadOrganisationId))
    .where(eq(consortia.id, input.consortiumId));
  if (!c) throw new NotFound('consortiumNotFound');
  const provinces = await ctx.db.select({ code: consortiumProvinces.provinceCode }).from(consortiumProvinces).where(eq(consortiumProvinces.consortiumId, c.id)).orderBy(asc(consortiumProvinces.provinceCode));
  const sectors = await ctx.db.select({ code: consortiumSectors.sectorCode }).from(consortiumSectors).where(eq(consortiumSectors.consortiumId, c.id)).orderBy(asc(consortiumSectors.sectorCode));
  const levels = await ctx.db.select({ level: consortiumLevels.level }).from(consortiumLevels).where(eq(consortiumLevels.consortiumId, c.id));
  return { ...c, provinceCodes: provinces.map((p) => p.code), sectorCodes: sectors.map((s) => s.code), levels: levels.map((l) => l.level) };
}

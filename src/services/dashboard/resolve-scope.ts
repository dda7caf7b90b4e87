import { inIds } from './in-ids.ts';
import { and, eq, inArray } from 'drizzle-orm';
import { consortia, consortiumProvinces, consortiumSectors, pps, ppsProvinces, ppsSectors } from '../../db/schema/index.ts';
import type { DashboardFilter } from '../../domain/dashboard/filter.ts';
import { Invalid } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

/** Which consortia and pps'en a filter selects; every dashboard figure is computed over this scope. */
export type Scope = { consortiumIds: number[]; ppsIds: number[] };

export async function resolveScope(ctx: ServiceContext, filter: DashboardFilter): Promise<Scope> {
  const programme = await getCurrentProgramme(ctx);
  const conditions = [eq(consortia.programmeId, programme.id)];
  if (filter.consortium) conditions.push(eq(consortia.slug, filter.consortium));
  if (filter.provincie) {
    const inProvince = ctx.db.select({ id: consortiumProvinces.consortiumId }).from(consortiumProvinces).where(eq(consortiumProvinces.provinceCode, filter.provincie));
    conditions.push(inArray(consortia.id, inProvince));
  }
  if (filter.sector) {
    const inSector = ctx.db.select({ id: consortiumSectors.consortiumId }).from(consortiumSectors).where(eq(consortiumSectors.sectorCode, filter.sector));
    conditions.push(inArray(consortia.id, inSector));
  }
  const consortiumIds = (await ctx.db.select({ id: consortia.id }).from(consortia).where(and(...conditions))).map((r) => r.id);
  if (filter.consortium && consortiumIds.length === 0 && !filter.provincie && !filter.sector) {
    throw new Invalid('unknownConsortium', [{ name: 'consortium', reason: 'consortiumChoose' }]);
  }
  if (consortiumIds.length === 0) return { consortiumIds, ppsIds: [] };
  const ppsConditions = [inIds(pps.consortiumId, consortiumIds)];
  if (filter.provincie) {
    ppsConditions.push(inArray(pps.id, ctx.db.select({ id: ppsProvinces.ppsId }).from(ppsProvinces).where(eq(ppsProvinces.provinceCode, filter.provincie))));
  }
  if (filter.sector) {
    ppsConditions.push(inArray(pps.id, ctx.db.select({ id: ppsSectors.ppsId }).from(ppsSectors).where(eq(ppsSectors.sectorCode, filter.sector))));
  }
  const ppsIds = (await ctx.db.select({ id: pps.id }).from(pps).where(and(...ppsConditions))).map((r) => r.id);
  return { consortiumIds, ppsIds };
}

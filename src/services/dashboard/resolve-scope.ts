import { inIds } from './in-ids.ts';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { scopeKey } from '../../db/derived/public-figures.ts';
import { consortia, consortiumProvinces, consortiumSectors, pps, ppsProvinces, ppsSectors } from '../../db/schema/index.ts';
import type { DashboardFilter } from '../../domain/dashboard/filter.ts';
import { Invalid } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

/**
 * Which consortia and pps'en a filter selects; every dashboard figure is computed over this scope. `key` names
 * the precomputed figures of a single choice (none, one province, sector or consortium); null for combinations.
 * The pps'en stay a condition (`inPps(column)`), not a list: at ×100 the whole programme holds 29.200 of them.
 */
export type Scope = {
  programmeId: number; key: string | null; consortiumIds: number[]; inPps: (column: Parameters<typeof inIds>[0]) => SQL;
  /** The same condition on the `pps` table itself, for queries that read it anyway (no second pass over all pps'en). */
  onPps: SQL;
};

function keyOf(filter: DashboardFilter, consortiumIds: number[]): string | null {
  const chosen = [filter.provincie, filter.sector, filter.consortium].filter(Boolean).length;
  if (chosen === 0) return scopeKey.all;
  if (chosen > 1) return null;
  if (filter.provincie) return scopeKey.province(filter.provincie);
  if (filter.sector) return scopeKey.sector(filter.sector);
  return consortiumIds.length === 1 ? scopeKey.consortium(consortiumIds[0] as number) : null;
}

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
  const ppsConditions = [inIds(pps.consortiumId, consortiumIds)];
  if (filter.provincie) {
    ppsConditions.push(inArray(pps.id, ctx.db.select({ id: ppsProvinces.ppsId }).from(ppsProvinces).where(eq(ppsProvinces.provinceCode, filter.provincie))));
  }
  if (filter.sector) {
    ppsConditions.push(inArray(pps.id, ctx.db.select({ id: ppsSectors.ppsId }).from(ppsSectors).where(eq(ppsSectors.sectorCode, filter.sector))));
  }
  const onPps = and(...ppsConditions) as SQL;
  const ppsInScope = ctx.db.select({ id: pps.id }).from(pps).where(onPps);
  return { programmeId: programme.id, key: keyOf(filter, consortiumIds), consortiumIds, inPps: (column) => inArray(column, ppsInScope), onPps };
}

import { asc } from 'drizzle-orm';
import { consortiumProvinces, ppsProvinces, provinces } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { countsOf, countsFromRows } from './scope-counts.ts';
import { inIds } from './in-ids.ts';
import type { Scope } from './resolve-scope.ts';

export type ProvinceSpread = { code: string; name: string; consortia: number; pps: number };

/** Per province: consortia active there and pps'en located there (all 12, zeros included). */
export async function getSpread(ctx: ServiceContext, scope: Scope): Promise<ProvinceSpread[]> {
  // One round trip: the province list and both counts at once.
  const keyed = scope.key !== null;
  const [all, c, p] = await Promise.all([
    ctx.db.select({ code: provinces.code, name: provinces.name }).from(provinces).orderBy(asc(provinces.position)),
    keyed ? countsOf(ctx, scope, 'province_consortia')
      : countsFromRows(ctx, consortiumProvinces, consortiumProvinces.provinceCode, inIds(consortiumProvinces.consortiumId, scope.consortiumIds)),
    keyed ? countsOf(ctx, scope, 'province_pps') : countsFromRows(ctx, ppsProvinces, ppsProvinces.provinceCode, scope.inPps(ppsProvinces.ppsId)),
  ]);
  return all.map((pr) => ({ ...pr, consortia: c.get(pr.code) ?? 0, pps: p.get(pr.code) ?? 0 }));
}

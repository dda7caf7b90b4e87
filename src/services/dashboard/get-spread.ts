import { inIds } from './in-ids.ts';
import { asc, sql } from 'drizzle-orm';
import { consortiumProvinces, ppsProvinces, provinces } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import type { Scope } from './resolve-scope.ts';

export type ProvinceSpread = { code: string; name: string; consortia: number; pps: number };

/** Per province: consortia active there and pps'en located there (all 12, zeros included). */
export async function getSpread(ctx: ServiceContext, scope: Scope): Promise<ProvinceSpread[]> {
  const all = await ctx.db.select({ code: provinces.code, name: provinces.name }).from(provinces).orderBy(asc(provinces.position));
  const consortiumCounts = scope.consortiumIds.length
    ? await ctx.db.select({ code: consortiumProvinces.provinceCode, n: sql<number>`count(*)::int` }).from(consortiumProvinces)
        .where(inIds(consortiumProvinces.consortiumId, scope.consortiumIds)).groupBy(consortiumProvinces.provinceCode)
    : [];
  const ppsCounts = scope.ppsIds.length
    ? await ctx.db.select({ code: ppsProvinces.provinceCode, n: sql<number>`count(*)::int` }).from(ppsProvinces)
        .where(inIds(ppsProvinces.ppsId, scope.ppsIds)).groupBy(ppsProvinces.provinceCode)
    : [];
  const byCode = (rows: { code: string; n: number }[]) => new Map(rows.map((r) => [r.code, r.n]));
  const c = byCode(consortiumCounts);
  const p = byCode(ppsCounts);
  return all.map((pr) => ({ ...pr, consortia: c.get(pr.code) ?? 0, pps: p.get(pr.code) ?? 0 }));
}


import { and, asc, eq } from 'drizzle-orm';
import { publicBudget, scopeKey } from '../../db/derived/public-figures.ts';
import { actionLines, consortia, provinces, sectors } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

export type FilterOptions = {
  consortia: { value: string; label: string }[];
  provinces: { value: string; label: string }[];
  sectors: { value: string; labelNl: string; labelEn: string }[];
  actionLines: { value: string; labelNl: string; labelEn: string }[];
  years: number[];
};

/** The choices of the dashboard and map filter form, from the data. */
export async function listFilterOptions(ctx: ServiceContext): Promise<FilterOptions> {
  const programme = await getCurrentProgramme(ctx);
  const [c, p, s, a, y] = await Promise.all([
    ctx.db.select({ value: consortia.slug, label: consortia.name }).from(consortia).where(eq(consortia.programmeId, programme.id)).orderBy(asc(consortia.name)),
    ctx.db.select({ value: provinces.code, label: provinces.name }).from(provinces).orderBy(asc(provinces.position)),
    ctx.db.select({ value: sectors.code, labelNl: sectors.nameNl, labelEn: sectors.nameEn }).from(sectors).orderBy(asc(sectors.position)),
    ctx.db.select({ value: actionLines.code, labelNl: actionLines.nameNl, labelEn: actionLines.nameEn }).from(actionLines).where(eq(actionLines.programmeId, programme.id)).orderBy(asc(actionLines.position)),
    // The programme's budget years from the precomputed sums (tens of rows), not a distinct over every budget line.
    ctx.db.selectDistinct({ year: publicBudget.year }).from(publicBudget)
      .where(and(eq(publicBudget.programmeId, programme.id), eq(publicBudget.scope, scopeKey.all))).orderBy(asc(publicBudget.year)),
  ]);
  return { consortia: c, provinces: p, sectors: s, actionLines: a, years: y.map((r) => r.year) };
}

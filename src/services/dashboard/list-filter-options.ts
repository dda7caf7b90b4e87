import { and, asc, count, eq } from 'drizzle-orm';
import { publicBudget, scopeKey } from '../../db/derived/public-figures.ts';
import { actionLines, consortia, provinces, sectors } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

/** Up to this many consortia the filter offers a list; above it a search field (a select of 1.500 is 100 KB). */
export const CONSORTIUM_SELECT_LIMIT = 100;

export type FilterOptions = {
  /** Every consortium when there are few; else only the chosen one, so the page can name it. */
  consortia: { value: string; label: string }[];
  /** True when the programme has more than CONSORTIUM_SELECT_LIMIT consortia: the form shows a search field. */
  consortiumSearch: boolean;
  provinces: { value: string; label: string }[];
  sectors: { value: string; labelNl: string; labelEn: string }[];
  actionLines: { value: string; labelNl: string; labelEn: string }[];
  years: number[];
};

/** The choices of the dashboard and map filter form, from the data; `chosen` is the filter's consortium slug. */
export async function listFilterOptions(ctx: ServiceContext, chosen?: string): Promise<FilterOptions> {
  const programme = await getCurrentProgramme(ctx);
  const inProgramme = eq(consortia.programmeId, programme.id);
  const [[total], p, s, a, y] = await Promise.all([
    ctx.db.select({ n: count() }).from(consortia).where(inProgramme),
    ctx.db.select({ value: provinces.code, label: provinces.name }).from(provinces).orderBy(asc(provinces.position)),
    ctx.db.select({ value: sectors.code, labelNl: sectors.nameNl, labelEn: sectors.nameEn }).from(sectors).orderBy(asc(sectors.position)),
    ctx.db.select({ value: actionLines.code, labelNl: actionLines.nameNl, labelEn: actionLines.nameEn }).from(actionLines).where(eq(actionLines.programmeId, programme.id)).orderBy(asc(actionLines.position)),
    // The programme's budget years from the precomputed sums (tens of rows), not a distinct over every budget line.
    ctx.db.selectDistinct({ year: publicBudget.year }).from(publicBudget)
      .where(and(eq(publicBudget.programmeId, programme.id), eq(publicBudget.scope, scopeKey.all))).orderBy(asc(publicBudget.year)),
  ]);
  const consortiumSearch = (total?.n ?? 0) > CONSORTIUM_SELECT_LIMIT;
  const listed = consortiumSearch && !chosen ? [] : await ctx.db
    .select({ value: consortia.slug, label: consortia.name }).from(consortia)
    .where(consortiumSearch ? and(inProgramme, eq(consortia.slug, chosen as string)) : inProgramme)
    .orderBy(asc(consortia.name));
  return { consortia: listed, consortiumSearch, provinces: p, sectors: s, actionLines: a, years: y.map((r) => r.year) };
}

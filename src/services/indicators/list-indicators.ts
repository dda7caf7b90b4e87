import { asc, eq } from 'drizzle-orm';
import type { INDICATOR_KINDS } from '../../domain/enums.ts';
import { indicators } from '../../db/schema/index.ts';
import type { Disaggregation } from '../../db/schema/indicators.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

export type IndicatorSummary = {
  code: string; position: number; nameNl: string; nameEn: string; unit: string; kind: (typeof INDICATOR_KINDS)[number];
  isCumulative: boolean; isReach: boolean; disaggregations: Disaggregation[];
};

export const indicatorColumns = {
  code: indicators.code, position: indicators.position, nameNl: indicators.nameNl, nameEn: indicators.nameEn, unit: indicators.unit,
  kind: indicators.kind, isCumulative: indicators.isCumulative, isReach: indicators.isReach, disaggregations: indicators.disaggregations,
};

/** The indicator set of the current programme, in the programme's order. */
export async function listIndicators(ctx: ServiceContext): Promise<IndicatorSummary[]> {
  const programme = await getCurrentProgramme(ctx);
  return ctx.db.select(indicatorColumns).from(indicators).where(eq(indicators.programmeId, programme.id)).orderBy(asc(indicators.position));
}

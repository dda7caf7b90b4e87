import { and, eq } from 'drizzle-orm';
import { indicators } from '../../db/schema/index.ts';
import { NotFound } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';
import { indicatorColumns, type IndicatorSummary } from './list-indicators.ts';

/** One indicator of the current programme by its code; NotFound otherwise. */
export async function getIndicator(ctx: ServiceContext, code: string): Promise<IndicatorSummary> {
  const programme = await getCurrentProgramme(ctx);
  const [row] = await ctx.db.select(indicatorColumns).from(indicators).where(and(eq(indicators.programmeId, programme.id), eq(indicators.code, code)));
  if (!row) throw new NotFound('indicatorNotFound', { code });
  return row;
}

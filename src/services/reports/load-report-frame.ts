import { asc, eq } from 'drizzle-orm';
import { actionLines, consortia, indicators } from '../../db/schema/index.ts';
import type { IndicatorDefinition } from '../../domain/reports/indicator-values.ts';
import { NotFound } from '../../errors.ts';
import type { Db, Tx } from '../../db/client.ts';

export type ReportIndicator = Omit<IndicatorDefinition, 'disaggregations'> & { code: string; nameNl: string; nameEn: string; unit: string; isCumulative: boolean;
  disaggregations: { code: string; labelNl: string; labelEn: string; categories: string[]; sumsToTotal?: boolean }[] };
export type ReportActionLine = { id: number; code: string; nameNl: string; nameEn: string };
export type ReportFrame = { consortiumId: number; consortiumName: string; programmeId: number; indicators: ReportIndicator[]; actionLines: ReportActionLine[] };

/** What a report of this consortium is made of: its programme's indicators and action lines. */
export async function loadReportFrame(db: Db | Tx, consortiumId: number): Promise<ReportFrame> {
  const [c] = await db.select({ name: consortia.name, programmeId: consortia.programmeId }).from(consortia).where(eq(consortia.id, consortiumId));
  if (!c) throw new NotFound('consortiumNotFound');
  const inds = await db
    .select({ id: indicators.id, code: indicators.code, nameNl: indicators.nameNl, nameEn: indicators.nameEn, unit: indicators.unit,
      kind: indicators.kind, isCumulative: indicators.isCumulative, disaggregations: indicators.disaggregations })
    .from(indicators)
    .where(eq(indicators.programmeId, c.programmeId))
    .orderBy(asc(indicators.position));
  const lines = await db
    .select({ id: actionLines.id, code: actionLines.code, nameNl: actionLines.nameNl, nameEn: actionLines.nameEn })
    .from(actionLines)
    .where(eq(actionLines.programmeId, c.programmeId))
    .orderBy(asc(actionLines.position));
  return { consortiumId, consortiumName: c.name, programmeId: c.programmeId, indicators: inds, actionLines: lines };
}

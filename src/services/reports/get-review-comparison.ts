import { eq } from 'drizzle-orm';
import { targets } from '../../db/schema/index.ts';
import { valueField } from '../../domain/reports/report-fields.ts';
import { signals } from '../../domain/rules/index.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { checkReportRules, previousTotals } from './check-report-rules.ts';
import { getReportHeader } from './get-report-header.ts';
import { loadReportFrame } from './load-report-frame.ts';
import { readReportContents } from './read-report-contents.ts';

export type ComparisonRow = {
  indicatorId: number; nameNl: string; nameEn: string; unit: string;
  value: number | null; previous: number | null; target: number | null; targetYear: number | null;
  /** Signal of the rules: the same value as the year before, unchanged. */
  copied: boolean;
};

/** For the office's review: each total beside last year's value and the target, with the values copied unchanged flagged. */
export async function getReviewComparison(ctx: ServiceContext, input: { reportId: number; today?: Date }): Promise<ComparisonRow[]> {
  requireRole(ctx, 'programmabureau');
  const header = await getReportHeader(ctx.db, input.reportId);
  const frame = await loadReportFrame(ctx.db, header.consortiumId);
  const contents = await readReportContents(ctx.db, header.id);
  const previous = await previousTotals(ctx.db, header.consortiumId, header.periodYear);
  const goals = await ctx.db.select({ indicatorId: targets.indicatorId, targetValue: targets.targetValue, targetYear: targets.targetYear })
    .from(targets).where(eq(targets.consortiumId, header.consortiumId));
  const today = (input.today ?? new Date()).toISOString().slice(0, 10);
  const copied = new Set(signals(await checkReportRules(ctx.db, frame, header, contents, today, previous)).filter((o) => o.message === 'rule.report.copied').map((o) => o.field));
  return frame.indicators.map((i) => {
    const goal = goals.find((g) => g.indicatorId === i.id);
    return {
      indicatorId: i.id, nameNl: i.nameNl, nameEn: i.nameEn, unit: i.unit,
      value: contents.values.find((v) => v.indicatorId === i.id && v.breakdown === '')?.value ?? null,
      previous: previous?.get(i.id) ?? null, target: goal?.targetValue ?? null, targetYear: goal?.targetYear ?? null,
      copied: copied.has(valueField(i.id, '')),
    };
  });
}

import { apportion } from '../../domain/apportion.ts';
import type { DemoData } from '../demo-types.ts';
import { INDICATORS } from '../programme-definition.ts';
import type { Random } from '../random.ts';

export const SCALE_YEARS = Array.from({ length: 10 }, (_, i) => 2023 + i);
const LAST = SCALE_YEARS.at(-1) as number;
const LAST_STATUS = ['goedgekeurd', 'goedgekeurd', 'goedgekeurd', 'ingediend', 'teruggestuurd', 'concept'] as const;

/** The demo plans five years; a ten-year programme repeats that plan once more, five years later. */
export function tenYearBudget(lines: DemoData['budgetLines']): DemoData['budgetLines'] {
  return [...lines, ...lines.map((l) => ({ ...l, year: l.year + 5 }))];
}

type Reports = Pick<DemoData, 'reports' | 'reportValues' | 'realisations' | 'narratives'>;

/** One report a year for ten years: values move from baseline to target at the consortium's own pace. */
export function tenYearReports(
  r: Random,
  ctx: { consortiumId: number; index: number; firstReportId: number; actionLineIds: number[] },
  targets: DemoData['targets'],
  budget: DemoData['budgetLines'],
  out: Reports,
): void {
  const pace = r.between(0.6, 1.15);
  const indicatorOf = new Map(INDICATORS.map((d, i) => [i + 1, d]));
  SCALE_YEARS.forEach((year, y) => {
    const id = ctx.firstReportId + y;
    const status = year < LAST ? 'goedgekeurd' : LAST_STATUS[ctx.index % LAST_STATUS.length] as string;
    const submitted = status !== 'concept';
    const reviewed = status === 'goedgekeurd' || status === 'teruggestuurd';
    out.reports.push({
      id, consortiumId: ctx.consortiumId, periodYear: year, status: status as never,
      submittedAt: submitted ? new Date(`${year + 1}-03-15T09:00:00Z`) : null, submittedBy: null,
      reviewedAt: reviewed ? new Date(`${year + 1}-05-15T14:00:00Z`) : null, reviewedBy: null, reviewNote: '',
    });
    const progress = Math.min(1, (y / (SCALE_YEARS.length - 1)) * pace);
    for (const t of targets) {
      const value = Math.round(t.baselineValue + (t.targetValue - t.baselineValue) * progress);
      out.reportValues.push({ reportId: id, indicatorId: t.indicatorId, breakdown: '', value });
      for (const d of indicatorOf.get(t.indicatorId)?.disaggregations ?? []) {
        const shares = d.code === 'omvang' ? [0.8, 0.2] : [0.15, 0.6, 0.22, 0.03];
        apportion(value, shares).forEach((v, i) => out.reportValues.push({ reportId: id, indicatorId: t.indicatorId, breakdown: `${d.code}:${d.categories[i]}`, value: v }));
      }
    }
    for (const line of budget) {
      if (line.year !== year) continue;
      out.realisations.push({ reportId: id, actionLineId: line.actionLineId, source: line.source, amount: Math.round(line.plannedAmount * r.between(0.8, 1.08)) });
    }
    for (const actionLineId of ctx.actionLineIds) out.narratives.push({ reportId: id, actionLineId, body: `Schaaldata: voortgang ${year}.` });
  });
}

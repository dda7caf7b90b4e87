import { apportion } from '../domain/apportion.ts';
import { FUNDING_SOURCES } from '../domain/enums.ts';
import type { Award } from './generate-applications.ts';
import type { DemoData } from './demo-types.ts';
import { ACTION_LINES, INDICATORS } from './programme-definition.ts';
import type { Random } from './random.ts';

export const PLAN_YEARS = [2023, 2024, 2025, 2026, 2027] as const;
const YEAR_WEIGHTS = [0.1, 0.25, 0.25, 0.25, 0.15];
export const REPORT_YEARS = [2023, 2024, 2025] as const;

/** Planned budget: each source of the award split over action lines (most to AL1) and years. */
export function generateBudget(r: Random, consortiumId: number, award: Award, actionLineIds: number[], out: DemoData['budgetLines']): void {
  const amounts: Record<(typeof FUNDING_SOURCES)[number], number> = { ngf_subsidie: award.awarded, ...award.cofinancing };
  const lineWeights = ACTION_LINES.map((l) => l.weight * r.between(0.8, 1.2));
  for (const source of FUNDING_SOURCES) {
    const perLine = apportion(amounts[source], lineWeights, 1);
    perLine.forEach((lineAmount, li) => {
      apportion(lineAmount, YEAR_WEIGHTS, 1).forEach((plannedAmount, yi) => {
        out.push({ consortiumId, actionLineId: actionLineIds[li] as number, year: PLAN_YEARS[yi] as number, source, plannedAmount });
      });
    });
  }
}

/** Baselines (2023) and 2027 targets per consortium, adding up to the programme-wide reach figures. */
export function generateTargets(
  r: Random,
  consortia: { id: number; weight: number }[],
  indicatorIds: Map<string, number>,
  out: Pick<DemoData, 'targets' | 'milestones'>,
): void {
  for (const ind of INDICATORS) {
    const weights = consortia.map((c) => c.weight * r.between(0.7, 1.3));
    const baselines = ind.baseline > 0 ? apportion(ind.baseline, weights) : consortia.map(() => 0);
    const growth = consortia.map(() => r.between(2.6, 3.5));
    const targetWeights = ind.baseline > 0 ? baselines.map((b, i) => b * (growth[i] as number)) : weights;
    const targetValues = apportion(ind.target, targetWeights);
    consortia.forEach((c, i) => {
      const id = out.targets.length + 1;
      const baselineValue = baselines[i] as number;
      const targetValue = Math.max(targetValues[i] as number, baselineValue);
      out.targets.push({ id, consortiumId: c.id, indicatorId: indicatorIds.get(ind.code) as number, baselineValue, baselineYear: 2023, targetValue, targetYear: 2027 });
      for (const year of [2025, 2027]) {
        const share = year === 2025 ? 0.5 : 1;
        out.milestones.push({ targetId: id, year, value: Math.round(baselineValue + (targetValue - baselineValue) * share) });
      }
    });
  }
}

const STATUS_2025 = ['goedgekeurd', 'goedgekeurd', 'goedgekeurd', 'goedgekeurd', 'goedgekeurd', 'goedgekeurd', 'goedgekeurd',
  'goedgekeurd', 'goedgekeurd', 'goedgekeurd', 'ingediend', 'ingediend', 'teruggestuurd', 'concept', null] as const;

/** Yearly progress reports: earlier years approved; the latest year in every state of the workflow. */
export function generateReports(
  r: Random,
  ctx: { consortiumIndex: number; consortiumId: number; officeUserId: number; coordinatorUserId: number; actionLineIds: number[] },
  targets: DemoData['targets'],
  indicatorById: Map<number, (typeof INDICATORS)[number]>,
  budget: DemoData['budgetLines'],
  out: Pick<DemoData, 'reports' | 'reportValues' | 'realisations' | 'narratives'>,
): void {
  const pace = r.between(0.55, 1.15); // below ~0.8 the consortium falls behind its trajectory
  for (const year of REPORT_YEARS) {
    const status = year < 2025 ? 'goedgekeurd' : STATUS_2025[ctx.consortiumIndex % STATUS_2025.length];
    if (!status) continue;
    const id = out.reports.length + 1;
    const submitted = status !== 'concept';
    out.reports.push({
      id, consortiumId: ctx.consortiumId, periodYear: year, status,
      submittedAt: submitted ? new Date(`${year + 1}-03-${10 + r.int(0, 18)}T09:00:00Z`) : null,
      submittedBy: submitted ? ctx.coordinatorUserId : null,
      reviewedAt: status === 'goedgekeurd' || status === 'teruggestuurd' ? new Date(`${year + 1}-05-${10 + r.int(0, 18)}T14:00:00Z`) : null,
      reviewedBy: status === 'goedgekeurd' || status === 'teruggestuurd' ? ctx.officeUserId : null,
      reviewNote: status === 'teruggestuurd' ? 'Licht de afwijking bij actielijn 5 toe en vul het aantal werkzoekenden aan.' : '',
    });
    const progress = Math.min(1, ((year - 2023) / 4) * pace + r.between(0, 0.05));
    for (const t of targets.filter((x) => x.consortiumId === ctx.consortiumId)) {
      const ind = indicatorById.get(t.indicatorId) as (typeof INDICATORS)[number];
      const value = Math.round(t.baselineValue + (t.targetValue - t.baselineValue) * progress);
      out.reportValues.push({ reportId: id, indicatorId: t.indicatorId, breakdown: '', value });
      for (const d of ind.disaggregations) {
        const shares = d.code === 'omvang' ? [0.8, 0.2] : [0.15, 0.6, 0.22, 0.03];
        apportion(value, shares).forEach((v, i) => out.reportValues.push({ reportId: id, indicatorId: t.indicatorId, breakdown: `${d.code}:${d.categories[i]}`, value: v }));
      }
    }
    for (const line of budget.filter((b) => b.consortiumId === ctx.consortiumId && b.year === year)) {
      const factor = r.chance(0.06) ? r.between(0.55, 0.7) : r.between(0.82, 1.08);
      out.realisations.push({ reportId: id, actionLineId: line.actionLineId, source: line.source, amount: Math.round(line.plannedAmount * factor) });
    }
    ctx.actionLineIds.forEach((actionLineId, i) => {
      out.narratives.push({ reportId: id, actionLineId, body: `Voorbeelddata: voortgang ${year} op actielijn ${i + 1}, activiteiten volgens plan met de partners in de regio.` });
    });
  }
}

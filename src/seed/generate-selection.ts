import { apportion } from '../domain/apportion.ts';
import { evaluateApplication, failures, ruleSetOn, ruleValue } from '../domain/rules/index.ts';
import { budgetTotals, COFINANCING, SUBSIDY, type ApplicationCell, type BudgetSource } from '../domain/selection/application-budget.ts';
import { decisionProblems } from '../domain/selection/decision-rules.ts';
import { rankCandidates } from '../domain/selection/ranking.ts';
import { weightedScore } from '../domain/selection/weighted-score.ts';
import type { DemoData } from './demo-types.ts';
import { ACTION_LINES, ROUND } from './programme-definition.ts';
import type { Random } from './random.ts';

/** An application as the demo plans it; the selection below decides it through the domain's own rules. */
export type PlannedApplication = {
  id: number; leadOrganisationId: number; provinces: string[]; sectors: string[]; partnerIds: number[]; ppsNames: string[];
  cells: ApplicationCell[]; eligible: boolean; strong: boolean; awarded: number;
};

const YEARS = [2023, 2024, 2025, 2026, 2027];
const YEAR_WEIGHTS = [0.1, 0.25, 0.25, 0.25, 0.15];

/** Cells for a request: each source spread over the action lines and years like the consortia's budgets. */
export function spreadCells(amounts: Record<BudgetSource, number>, actionLineIds: number[]): ApplicationCell[] {
  const cells: ApplicationCell[] = [];
  for (const source of [SUBSIDY, ...COFINANCING] as BudgetSource[]) {
    apportion(amounts[source], ACTION_LINES.map((l) => l.weight)).forEach((lineAmount, li) => {
      apportion(lineAmount, YEAR_WEIGHTS).forEach((amount, yi) => {
        if (amount > 0) cells.push({ actionLineId: actionLineIds[li]!, year: YEARS[yi]!, source, amount });
      });
    });
  }
  return cells;
}

/**
 * Runs the 2023 round through the selection's pure cores and writes the rows in bulk: every application keeps the
 * rules in force, assessors declare and score, the ranking within the round's budget picks the honoured ones.
 */
export function generateSelection(r: Random, data: DemoData, planned: PlannedApplication[], assessorIds: number[]): void {
  const ruleRows = data.rules.map((x) => ({ code: x.code, version: x.version ?? 1, value: x.value, validFrom: x.validFrom, source: x.source ?? null, id: x.id as number }));
  const set = ruleSetOn(ruleRows, ROUND.opensOn);
  const ruleIds = [...set.versions.values()].map((v) => (v as (typeof ruleRows)[number]).id);
  data.roundRules = ruleIds.map((programmeRuleId) => ({ roundId: data.round.id, programmeRuleId }));
  const kindOf = new Map(data.organisations.map((o) => [o.id, o.kind as string]));
  const weights = data.criteria.map((c) => ({ criterionId: c.id, weight: Number(c.weight ?? 1) }));
  const scale = ruleValue(set, 'beoordelingsschaal') ?? { min: 1, max: 5 };

  for (const p of planned) {
    const app = data.applications.find((a) => a.id === p.id)!;
    const totals = budgetTotals(p.cells);
    const failed = failures(evaluateApplication(set, {
      requestedAmount: totals.requested, totalCosts: totals.totalCosts, provinceCount: p.provinces.length,
      partnerKinds: [...new Set([p.leadOrganisationId, ...p.partnerIds].map((id) => kindOf.get(id) ?? ''))],
    }));
    if (failed.length) throw new Error(`demo application ${p.id} breaks ${failed.map((f) => f.rule).join(', ')}`);
    Object.assign(app, { requestedAmount: totals.requested, totalCosts: totals.totalCosts, status: p.eligible ? 'ontvankelijk' : 'niet_ontvankelijk' });
    if (!p.eligible) app.eligibilityReasons = 'Voorbeelddata: de aanvraag was niet volledig bij het sluiten van de ronde.';
    for (const source of COFINANCING) if (totals.cofinancing[source] > 0) data.cofinancing.push({ applicationId: p.id, source, amount: totals.cofinancing[source] });
    data.applicationBudgetLines.push(...p.cells.map((c) => ({ applicationId: p.id, ...c })));
    data.applicationProvinces.push(...p.provinces.map((provinceCode) => ({ applicationId: p.id, provinceCode })));
    data.applicationSectors.push(...p.sectors.map((sectorCode) => ({ applicationId: p.id, sectorCode })));
    data.applicationPartners.push(...p.partnerIds.map((organisationId) => ({ applicationId: p.id, organisationId })));
    data.applicationPps.push(...p.ppsNames.map((name, i) => ({ applicationId: p.id, position: i + 1, name })));
    data.applicationPlans.push(...data.actionLines.map((l) => ({ applicationId: p.id, actionLineId: l.id, text: `Voorbeelddata: plan voor de actielijn ${l.nameNl.toLowerCase()}.` })));
    data.applicationRuleVersions.push(...ruleIds.map((programmeRuleId) => ({ applicationId: p.id, programmeRuleId })));
    if (!p.eligible) continue;
    for (const assessorUserId of assessorIds) {
      data.assignments.push({ applicationId: p.id, assessorUserId, dueOn: '2023-06-01', status: 'ingediend',
        declaredAt: new Date('2023-05-02T09:00:00Z'), submittedAt: new Date('2023-05-30T10:00:00Z') });
      for (const w of weights) {
        // Strong plans score in the top two steps of the scale, the others in the two below the middle.
        const score = p.strong ? r.int(scale.max - 1, scale.max) : r.int(scale.min + 1, scale.min + 2);
        data.assessments.push({ applicationId: p.id, assessorUserId, criterionId: w.criterionId, score,
          comment: 'Voorbeelddata: motivering van de beoordelaar.', assessedAt: new Date('2023-05-30T10:00:00Z') });
      }
    }
  }

  const eligible = planned.filter((p) => p.eligible);
  const ranking = rankCandidates(eligible.map((p) => ({
    applicationId: p.id, requested: budgetTotals(p.cells).requested,
    score: weightedScore(data.assessments.filter((a) => a.applicationId === p.id).map((a) => ({ assessorUserId: a.assessorUserId, criterionId: a.criterionId, score: a.score })), weights),
  })), data.round.budget, ruleValue(set, 'min_gewogen_score') ?? null);
  for (const row of ranking.ranked) {
    const p = planned.find((x) => x.id === row.applicationId)!;
    const decision = row.fits
      ? { outcome: 'toegekend' as const, awardedAmount: p.awarded, reasons: '' }
      : { outcome: 'afgewezen' as const, awardedAmount: 0, reasons: 'Voorbeelddata: lager gescoord op de selectiecriteria.' };
    if (decisionProblems(decision, row.requested).length) throw new Error(`demo decision on ${p.id} is not valid`);
    data.decisions.push({ applicationId: p.id, outcome: decision.outcome, awardedAmount: decision.awardedAmount, decidedOn: ROUND.decidedOn, note: decision.reasons });
    data.applications.find((a) => a.id === p.id)!.status = decision.outcome;
  }
}

import type { RuleOutcome } from './outcome.ts';
import { ruleValue, ruleVersion, type RuleSet } from './rule-set.ts';

export type BudgetCell = { actionLine: string; year: number; source: string; amount: number };

/** A consortium's planned budget, its award, and the approved budget that changes are measured against. */
export type BudgetSubject = { award: number; cells: readonly BudgetCell[]; baseline: readonly BudgetCell[] | null };

const SUBSIDY = 'ngf_subsidie';
const sum = (cells: readonly BudgetCell[], keep: (c: BudgetCell) => boolean = () => true) =>
  cells.reduce((total, c) => (keep(c) ? total + c.amount : total), 0);

/** Deviation of `planned` from `approved` as a fraction; Infinity when something is planned where nothing was approved. */
export function deviation(planned: number, approved: number): number {
  if (approved === 0) return planned === 0 ? 0 : Number.POSITIVE_INFINITY;
  return Math.abs(planned - approved) / approved;
}

export function evaluateBudget(set: RuleSet, subject: BudgetSubject): RuleOutcome[] {
  const outcomes: RuleOutcome[] = [];
  const subsidy = sum(subject.cells, (c) => c.source === SUBSIDY);
  const total = sum(subject.cells);

  if (ruleValue(set, 'begroting_binnen_toekenning')) {
    outcomes.push({ rule: 'begroting_binnen_toekenning', version: ruleVersion(set, 'begroting_binnen_toekenning')!, severity: 'fout',
      passed: subsidy <= subject.award, message: 'rule.budget.subsidyOverAward', values: { subsidy, award: subject.award } });
  }
  const maxShare = ruleValue(set, 'max_subsidieaandeel');
  if (maxShare !== undefined && total > 0) {
    outcomes.push({ rule: 'max_subsidieaandeel', version: ruleVersion(set, 'max_subsidieaandeel')!, severity: 'fout',
      passed: subsidy <= maxShare * total, message: 'rule.budget.subsidyShare', values: { subsidy, total, share: subsidy / total, max: maxShare } });
  }
  const threshold = ruleValue(set, 'drempel_wijzigingsverzoek');
  if (threshold !== undefined && subject.baseline) outcomes.push(...changeOutcomes(set, threshold, subject.cells, subject.baseline));
  return outcomes;
}

/** Per cost item (action line) and per calendar year: a move beyond the threshold from the approved budget needs a change request. */
function changeOutcomes(set: RuleSet, threshold: number, cells: readonly BudgetCell[], baseline: readonly BudgetCell[]): RuleOutcome[] {
  const version = ruleVersion(set, 'drempel_wijzigingsverzoek')!;
  const lines = [...new Set([...cells, ...baseline].map((c) => c.actionLine))].sort();
  const years = [...new Set([...cells, ...baseline].map((c) => c.year))].sort((a, b) => a - b);
  const check = (message: string, key: Record<string, string | number>, keep: (c: BudgetCell) => boolean): RuleOutcome => {
    const planned = sum(cells, keep);
    const approved = sum(baseline, keep);
    const moved = deviation(planned, approved);
    return { rule: 'drempel_wijzigingsverzoek', version, severity: 'fout', passed: moved <= threshold, message,
      values: { ...key, planned, approved, threshold, deviation: Number.isFinite(moved) ? moved : -1 } };
  };
  return [
    ...lines.map((actionLine) => check('rule.budget.costItemChange', { actionLine }, (c) => c.actionLine === actionLine)),
    ...years.map((year) => check('rule.budget.yearChange', { year }, (c) => c.year === year)),
  ];
}

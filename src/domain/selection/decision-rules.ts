import type { ErrorCode } from '../../i18n/errors.ts';
/** What the office decides on one application. */
export type DecisionInput = { outcome: 'toegekend' | 'afgewezen'; awardedAmount: number; reasons: string };

export type DecisionProblem = { field: 'bedrag' | 'motivering'; code: ErrorCode; values: Record<string, number> };

/** An award is more than nothing and at most the request; a rejection awards nothing and gives its reasons. */
export function decisionProblems(d: DecisionInput, requested: number): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  if (d.outcome === 'toegekend') {
    if (d.awardedAmount <= 0) problems.push({ field: 'bedrag', code: 'selection.decision.amountMissing', values: {} });
    if (d.awardedAmount > requested) problems.push({ field: 'bedrag', code: 'selection.decision.overRequest', values: { awarded: d.awardedAmount, requested } });
  } else {
    if (d.awardedAmount !== 0) problems.push({ field: 'bedrag', code: 'selection.decision.rejectedAmount', values: {} });
    if (d.reasons.trim().length === 0) problems.push({ field: 'motivering', code: 'selection.decision.reasonsMissing', values: {} });
  }
  return problems;
}

import type { RuleCode } from './rule-codes.ts';

/** Values a message needs; money in whole euros, fractions as 0..1, dates ISO. */
export type MessageValues = Record<string, string | number>;

/**
 * The verdict of one rule on one subject. `message` is a code the edge words in the reader's language;
 * `field` names the form field or import column it belongs to, when there is one.
 * A warning is shown and flagged to the office but does not refuse the input.
 */
export type RuleOutcome = {
  rule: RuleCode;
  version: number;
  passed: boolean;
  severity: 'fout' | 'signaal';
  message: string;
  values: MessageValues;
  field?: string;
};

export const failures = (outcomes: readonly RuleOutcome[]) => outcomes.filter((o) => !o.passed && o.severity === 'fout');
export const signals = (outcomes: readonly RuleOutcome[]) => outcomes.filter((o) => !o.passed && o.severity === 'signaal');

import { RulesFailed, type FieldProblem } from '../errors.ts';

/**
 * The rule failures of an error as field problems (code `ruleOutcome`, worded by the form kit in the reader's
 * language); null for other errors. The locale is no longer needed: kept so callers outside the kit still compile.
 */
export function localisedProblems(error: unknown, _locale?: unknown): FieldProblem[] | null {
  return error instanceof RulesFailed ? error.problems : null;
}

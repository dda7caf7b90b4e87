import type { Locale } from '../domain/format.ts';
import { RulesFailed, type FieldProblem } from '../errors.ts';
import { describeOutcome } from '../i18n/rules.ts';

/** The rule failures of an error worded in the reader's language, as field problems; other errors' problems unchanged. */
export function localisedProblems(error: unknown, locale: Locale): FieldProblem[] | null {
  if (!(error instanceof RulesFailed)) return null;
  return error.outcomes.map((o) => ({ name: o.field ?? '', reason: describeOutcome(o, locale) }));
}

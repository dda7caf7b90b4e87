import type { z } from 'zod';
import { errorText, isErrorCode, type ErrorCode, type ErrorValues } from './i18n/errors.ts';

// Typed errors thrown by services with a code and values; worded once at the edge (routes/errors.tsx, form-helpers).
export type { ErrorCode, ErrorValues };
/** A problem with one field: a catalogue code and its values, worded at the edge (never a sentence). */
export type FieldProblem = { name: string; reason: ErrorCode; values?: ErrorValues };

type ZodIssue = z.core.$ZodIssue | z.core.$ZodRawIssue;
const num = (n: number | bigint) => Number(n);
// A finalised issue no longer holds its input: Zod's own sentence, or the one our global map wrote, tells.
const MISSING = new Set([errorText('nl', 'input.required'), errorText('en', 'input.required')]);
const isMissing = (issue: ZodIssue) =>
  ('input' in issue && issue.input === undefined) || /received undefined/.test(issue.message ?? '') || MISSING.has(issue.message ?? '');

/**
 * The one mapping of Zod's own issue kinds to our codes. A schema's own message is a code already
 * (`.min(1, 'ppsNameRequired')`); anything else Zod would say (English) is replaced by a code for its kind.
 */
export function issueReason(issue: ZodIssue): Pick<FieldProblem, 'reason' | 'values'> {
  if (issue.message && isErrorCode(issue.message)) {
    // A refinement's params are its code's values (the sort fields of a list, for example).
    return issue.code === 'custom' && issue.params ? { reason: issue.message, values: issue.params as ErrorValues } : { reason: issue.message };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (['number', 'int', 'bigint', 'nan'].includes(issue.expected)) return { reason: 'input.integer' };
      return { reason: isMissing(issue) ? 'input.required' : 'input.wrongType' };
    case 'too_small': {
      const values = { min: num(issue.minimum), exclusive: issue.inclusive === false ? 1 : 0 };
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return { reason: 'input.tooSmall', values };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'input.tooFew', values };
      return { reason: 'input.tooShort', values };
    }
    case 'too_big': {
      const values = { max: num(issue.maximum), exclusive: issue.inclusive === false ? 1 : 0 };
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return { reason: 'input.tooLarge', values };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'input.tooMany', values };
      return { reason: 'input.tooLong', values };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { reason: 'emailInvalid' };
      if (issue.format === 'url') return { reason: 'urlInvalid' };
      if (issue.format === 'date' || issue.format === 'datetime') return { reason: 'dateInvalid' };
      return { reason: 'input.format' };
    case 'not_multiple_of':
      return { reason: 'input.notWhole' };
    case 'invalid_value':
      return { reason: 'input.oneOf', values: { values: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { reason: 'input.unknownKeys', values: { keys: issue.keys.join(', ') } };
    default:
      return { reason: 'invalidInput' };
  }
}

/** A Zod error map that words every issue in one language through issueReason and the catalogue. */
export const zodErrorMap = (locale: 'nl' | 'en'): z.core.$ZodErrorMap => (issue) => {
  const { reason, values } = issueReason(issue as ZodIssue);
  return errorText(locale, reason, values);
};

/** Zod issues as field problems: the path joined with dots is the field name, `fallback` when there is none. */
export function issueProblems(issues: readonly z.core.$ZodIssue[], fallback = ''): FieldProblem[] {
  return issues.map((i) => ({ name: (i.path ?? []).map(String).join('.') || fallback, ...issueReason(i) }));
}

/** The first problem of each field: a form shows one message beside a field, so its summary lists one too. */
export function firstPerField(problems: readonly FieldProblem[]): FieldProblem[] {
  return problems.filter((p, i) => problems.findIndex((q) => q.name === p.name) === i);
}

export abstract class AppError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429;
  abstract readonly titleNl: string;
  constructor(
    readonly code: ErrorCode,
    readonly values: ErrorValues = {},
  ) {
    // The Dutch sentence is the message for logs and the API; pages word the code in their own language.
    super(errorText('nl', code, values));
  }
}

export class NotFound extends AppError {
  readonly status = 404;
  readonly titleNl = 'Niet gevonden';
}

export class Forbidden extends AppError {
  readonly status = 403;
  readonly titleNl = 'Geen toegang';
}

export class Unauthorized extends AppError {
  readonly status = 401;
  readonly titleNl = 'Niet ingelogd';
}

export class Conflict extends AppError {
  readonly status = 409;
  readonly titleNl = 'Conflict';
}

export class TooLarge extends AppError {
  readonly status = 413;
  readonly titleNl = 'Te groot';
}

export class Invalid extends AppError {
  readonly status = 400;
  readonly titleNl = 'Ongeldige invoer';
  constructor(
    code: ErrorCode,
    readonly problems: FieldProblem[] = [],
    values: ErrorValues = {},
  ) {
    super(code, values);
  }
}

/** Too many failed attempts (wrong passwords) in the throttle's window: answered with 429 and Retry-After. */
export class TooManyAttempts extends AppError {
  readonly status = 429;
  readonly titleNl = 'Te veel pogingen';
  constructor(
    code: ErrorCode,
    readonly retryAfterSeconds: number,
  ) {
    super(code, { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
  }
}

/** A start-up failure with a one-line message that says what to do. */
export class StartupError extends Error {}

/** Input refused by the programme's rules: the outcomes carry message codes that the edge words per locale. */
export class RulesFailed extends Invalid {
  constructor(
    readonly outcomes: { rule: string; version: number; message: string; values: Record<string, string | number>; field?: string }[],
    code: ErrorCode = 'rulesFailed',
  ) {
    // Each outcome is worded by i18n/rules.ts through the catalogue's `ruleOutcome`, in the reader's language.
    super(code, outcomes.map((o) => ({ name: o.field ?? '', reason: 'ruleOutcome', values: { ...o.values, ruleMessage: o.message } })));
  }
}

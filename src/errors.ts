import { errorText, type ErrorCode, type ErrorValues } from './i18n/errors.ts';

// Typed errors thrown by services with a code and values; worded once at the edge (routes/errors.tsx, form-helpers).
export type { ErrorCode, ErrorValues };
/** A problem with one field; `reason` is an error code (or a library's own sentence), worded at the edge. */
export type FieldProblem = { name: string; reason: string; values?: ErrorValues };

export abstract class AppError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429;
  abstract readonly titleNl: string;
  constructor(
    // A catalogue code, or (older call sites) a Dutch sentence that errorText passes through as it is.
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
    // The problems' reasons are rule message codes, worded by i18n/rules.ts (routes/rule-problems.ts).
    super(code, outcomes.map((o) => ({ name: o.field ?? '', reason: o.message, values: o.values })));
  }
}

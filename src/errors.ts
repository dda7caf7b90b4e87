// Typed errors thrown by services; mapped once at the edge (routes/errors.ts).
export type FieldProblem = { name: string; reason: string };

export abstract class AppError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422;
  abstract readonly titleNl: string;
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
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** A start-up failure with a one-line message that says what to do. */
export class StartupError extends Error {}

/** Input refused by the programme's rules: the outcomes carry message codes that the edge words per locale. */
export class RulesFailed extends Invalid {
  constructor(
    readonly outcomes: { rule: string; version: number; message: string; values: Record<string, string | number>; field?: string }[],
    message = 'De invoer voldoet niet aan de regels van de regeling.',
  ) {
    super(message, outcomes.map((o) => ({ name: o.field ?? '', reason: o.message })));
  }
}

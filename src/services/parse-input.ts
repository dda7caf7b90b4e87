import type { z } from 'zod';
import { firstPerField, Invalid, issueProblems, type ErrorCode, type FieldProblem } from '../errors.ts';

/** Zod issues as field problems with codes (errors.ts issueProblems), the first of each field only. */
export function toFieldProblems(error: z.ZodError): FieldProblem[] {
  return firstPerField(issueProblems(error.issues));
}

/** Parses a use-case's input with its schema; a failure is Invalid with one problem per field. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown, message: ErrorCode = 'invalidInput'): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Invalid(message, toFieldProblems(result.error));
  return result.data;
}

import type { PasswordProblem } from '../../domain/password-rules.ts';
import type { FieldProblem } from '../../errors.ts';

const CODE = { too_short: 'passwordTooShort', too_long: 'passwordTooLong', same_as_email: 'passwordSameAsEmail', mismatch: 'passwordMismatch' } as const;

/** Password problems as field codes, one per field: the mismatch belongs to the confirmation field. */
export function passwordProblems(problems: PasswordProblem[]): FieldProblem[] {
  const byField = new Map<string, FieldProblem>();
  for (const problem of problems) {
    const name = problem === 'mismatch' ? 'confirmation' : 'password';
    if (!byField.has(name)) byField.set(name, { name, reason: CODE[problem] });
  }
  return [...byField.values()];
}

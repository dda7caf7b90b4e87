import type { PasswordProblem } from '../../domain/password-rules.ts';
import type { Locale } from '../../domain/format.ts';
import { authMessages } from '../../i18n/auth.ts';
import type { FieldErrors } from '../../views/portal/form-controls.tsx';

/** Password problems as field errors: the mismatch belongs to the confirmation field. */
export function passwordErrors(locale: Locale, problems: PasswordProblem[]): FieldErrors {
  const t = authMessages(locale);
  const text = { too_short: t.tooShort, too_long: t.tooLong, same_as_email: t.sameAsEmail, mismatch: t.mismatch };
  const errors: FieldErrors = {};
  for (const problem of problems) {
    const name = problem === 'mismatch' ? 'confirmation' : 'password';
    errors[name] ??= text[problem];
  }
  return errors;
}

// Password rules (NCSC/NIST style): length matters, composition rules do not.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_email' | 'mismatch';

/** The problems with a new password (empty when acceptable); length counts characters, not bytes. */
export function checkPassword(password: string, options: { email?: string; confirmation?: string } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (options.email && password.trim().toLowerCase() === options.email.trim().toLowerCase()) problems.push('same_as_email');
  if (options.confirmation !== undefined && options.confirmation !== password) problems.push('mismatch');
  return problems;
}

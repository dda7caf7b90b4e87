import { z } from 'zod';

const dutchLocale = z.locales.nl().localeError;
const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/** Plain Dutch reasons for invalid parameters; zod's Dutch locale covers the rarer cases. */
export const dutchReason: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return 'Moet een geheel getal zijn.';
      if (issue.input === undefined) return 'Is verplicht.';
      return undefined;
    case 'too_small':
      return issue.origin === 'number' ? `Moet ${issue.inclusive ? 'minimaal' : 'groter dan'} ${issue.minimum} zijn.` : `Moet minimaal ${issue.minimum} tekens lang zijn.`;
    case 'too_big':
      return issue.origin === 'number' ? `Mag ${issue.inclusive ? 'maximaal' : 'niet groter dan'} ${issue.maximum} zijn.` : `Mag maximaal ${issue.maximum} tekens lang zijn.`;
    case 'invalid_value':
      return `Moet een van deze waarden zijn: ${list(issue.values)}.`;
    default:
      return dutchLocale(issue);
  }
};

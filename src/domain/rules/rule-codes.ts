import { z } from 'zod';

// The programme's rules as data: each code has one value shape, parsed whenever a version is read.
export const RULE_VALUE_SCHEMAS = {
  max_toekenning_per_aanvraag: z.number().int().positive(),
  // The planned subsidy of a consortium stays within what it was awarded.
  begroting_binnen_toekenning: z.boolean(),
  max_subsidieaandeel: z.number().gt(0).max(1),
  drempel_wijzigingsverzoek: z.number().gt(0).max(10),
  min_provincies_per_consortium: z.number().int().min(0),
  verplichte_partnertypen: z.array(z.string().min(1)).max(10),
  focus_transities: z.array(z.string().min(1)).max(10),
  rapportagefrequentie: z.literal('jaarlijks'),
  faseplan: z.object({ maand: z.number().int().min(1).max(12), projectjaar: z.number().int().min(1) }),
  drempel_op_koers: z.number().gt(0).max(1),
  // Days before the end of a period from which its report may be started (0: only once it has ended).
  rapportagevenster_dagen: z.number().int().min(0).max(366),
  // Report figures that must hold a value: indicator codes, and whether every money cell must be filled.
  verplichte_rapportagevelden: z.object({ indicatoren: z.array(z.string().min(1)), realisatie: z.boolean() }),
  // Months after the end of a period by which its report is due.
  rapportage_deadline_maanden: z.number().int().min(0).max(24),
  // Days before a report's deadline on which its coordinators are reminded (once; again once when it has passed).
  herinnering_dagen_voor_deadline: z.number().int().min(0).max(180),
  // Selection: the scale assessors score each criterion on, and the weighted score an award needs at least.
  beoordelingsschaal: z.object({ min: z.number().int().min(0), max: z.number().int().min(1).max(10) }),
  min_gewogen_score: z.number().min(0).max(10),
} as const;

export type RuleCode = keyof typeof RULE_VALUE_SCHEMAS;
export const RULE_CODES = Object.keys(RULE_VALUE_SCHEMAS) as RuleCode[];
export type RuleValue<C extends RuleCode> = z.infer<(typeof RULE_VALUE_SCHEMAS)[C]>;

export const isRuleCode = (code: string): code is RuleCode => Object.hasOwn(RULE_VALUE_SCHEMAS, code);

// The code lists of the programme as `as const` arrays: domain rules, API schemas and views read them here;
// the database schema (db/schema/enums.ts) turns them into PostgreSQL enums.
export const EDUCATION_LEVELS = ['vmbo', 'mbo', 'hbo', 'wo'] as const;
export const ORGANISATION_KINDS = [
  'onderwijsinstelling',
  'bedrijf',
  'overheid',
  'kennisinstelling',
  'branche',
  'overig',
] as const;
export const COMPANY_SIZES = ['mkb', 'groot'] as const;
export const GOVERNMENT_LEVELS = ['gemeente', 'provincie', 'rijk'] as const;
export const PPS_STATUSES = ['actief', 'verduurzaamd'] as const;
export const MEMBERSHIP_ROLES = ['penvoerder', 'partner'] as const;
export const FUNDING_SOURCES = ['ngf_subsidie', 'bedrijfsleven', 'onderwijs', 'overheid', 'overig'] as const;
export const COFINANCING_SOURCES = ['bedrijfsleven', 'onderwijs', 'overheid', 'overig'] as const;
export const ROUND_STATUSES = ['gepland', 'open', 'gesloten', 'afgerond'] as const;
export const APPLICATION_STATUSES = [
  'ingediend',
  'ontvankelijk',
  'niet_ontvankelijk',
  'beoordeeld',
  'toegekend',
  'afgewezen',
  // Appended, so the existing enum order holds: a draft that the applicant is still editing.
  'concept',
] as const;
export const DECISION_OUTCOMES = ['toegekend', 'afgewezen'] as const;
export const INDICATOR_KINDS = ['aantal', 'percentage', 'kwalitatief'] as const;
/** The states of a voortgangsrapportage; the workflow between them is domain/reports/report-workflow.ts. */
export const REPORT_STATUSES = ['concept', 'ingediend', 'goedgekeurd', 'teruggestuurd'] as const;
export const KNOWLEDGE_KINDS = ['publicatie', 'nieuws', 'evenement', 'goede_praktijk'] as const;
export const ROLES = ['programmabureau', 'beoordelaar', 'coordinator', 'aanvrager'] as const;
// An assessor's assignment: declared free of conflicts (then scoring), declined for a conflict, or scores submitted.
export const ASSIGNMENT_STATUSES = ['toegewezen', 'geen_conflict', 'conflict', 'ingediend'] as const;

// A mail's life: queued with the change that caused it, then sent over SMTP or kept in the outbox.
export const MAIL_STATUSES = ['wachtend', 'verzonden', 'mislukt'] as const;
export const LOCALES = ['nl', 'en'] as const;

import { pgEnum } from 'drizzle-orm/pg-core';

// Code lists live in the domain as `as const` arrays; the database enforces them with enums.
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
export const REPORT_STATUSES = ['concept', 'ingediend', 'goedgekeurd', 'teruggestuurd'] as const;
export const KNOWLEDGE_KINDS = ['publicatie', 'nieuws', 'evenement', 'goede_praktijk'] as const;
export const ROLES = ['programmabureau', 'beoordelaar', 'coordinator', 'aanvrager'] as const;
// An assessor's assignment: declared free of conflicts (then scoring), declined for a conflict, or scores submitted.
export const ASSIGNMENT_STATUSES = ['toegewezen', 'geen_conflict', 'conflict', 'ingediend'] as const;

export const educationLevel = pgEnum('education_level', EDUCATION_LEVELS);
export const organisationKind = pgEnum('organisation_kind', ORGANISATION_KINDS);
export const companySize = pgEnum('company_size', COMPANY_SIZES);
export const governmentLevel = pgEnum('government_level', GOVERNMENT_LEVELS);
export const ppsStatus = pgEnum('pps_status', PPS_STATUSES);
export const membershipRole = pgEnum('membership_role', MEMBERSHIP_ROLES);
export const fundingSource = pgEnum('funding_source', FUNDING_SOURCES);
export const cofinancingSource = pgEnum('cofinancing_source', COFINANCING_SOURCES);
export const roundStatus = pgEnum('round_status', ROUND_STATUSES);
export const applicationStatus = pgEnum('application_status', APPLICATION_STATUSES);
export const decisionOutcome = pgEnum('decision_outcome', DECISION_OUTCOMES);
export const indicatorKind = pgEnum('indicator_kind', INDICATOR_KINDS);
export const reportStatus = pgEnum('report_status', REPORT_STATUSES);
export const knowledgeKind = pgEnum('knowledge_kind', KNOWLEDGE_KINDS);
export const role = pgEnum('role', ROLES);
export const assignmentStatus = pgEnum('assignment_status', ASSIGNMENT_STATUSES);

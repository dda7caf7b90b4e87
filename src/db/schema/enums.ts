import { pgEnum } from 'drizzle-orm/pg-core';
import {
  EDUCATION_LEVELS,
  ORGANISATION_KINDS,
  COMPANY_SIZES,
  GOVERNMENT_LEVELS,
  PPS_STATUSES,
  MEMBERSHIP_ROLES,
  FUNDING_SOURCES,
  COFINANCING_SOURCES,
  ROUND_STATUSES,
  APPLICATION_STATUSES,
  DECISION_OUTCOMES,
  INDICATOR_KINDS,
  REPORT_STATUSES,
  KNOWLEDGE_KINDS,
  ROLES,
  ASSIGNMENT_STATUSES,
  MAIL_STATUSES,
} from '../../domain/enums.ts';

// The database enforces the domain's code lists (domain/enums.ts) with enums; re-exported for the schema's users.
export * from '../../domain/enums.ts';
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
export const mailStatus = pgEnum('mail_status', MAIL_STATUSES);

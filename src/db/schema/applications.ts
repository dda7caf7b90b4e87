import { sql } from 'drizzle-orm';
import {
  bigint, check, date, index, integer, pgTable, primaryKey, serial, text, timestamp, unique,
} from 'drizzle-orm/pg-core';
import { applicationStatus, assignmentStatus, cofinancingSource, decisionOutcome, fundingSource } from './enums.ts';
import { actionLines, programmeRules, rounds, selectionCriteria } from './programme.ts';
import { provinces, sectors } from './code-lists.ts';
import { organisations } from './organisations.ts';
import { consortia } from './consortia.ts';
import { users } from './users.ts';

export const applications = pgTable(
  'applications',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    reference: text('reference').notNull().unique(),
    title: text('title').notNull(),
    leadOrganisationId: integer('lead_organisation_id').notNull().references(() => organisations.id),
    // Set once honoured: the consortium that carries out the plan.
    consortiumId: integer('consortium_id').references(() => consortia.id),
    // Derived from the budget cells on every save: the subsidy asked and the plan's total costs.
    requestedAmount: bigint('requested_amount', { mode: 'number' }).notNull().default(0),
    totalCosts: bigint('total_costs', { mode: 'number' }).notNull().default(0),
    // Services set it; the default stays 'ingediend' as 'concept' cannot be used in the migration that adds it.
    status: applicationStatus('status').notNull().default('ingediend'),
    // Null while a draft.
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    // The office's reasons when not eligible (niet ontvankelijk); private.
    eligibilityReasons: text('eligibility_reasons').notNull().default(''),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('applications_requested_nonnegative', sql`${t.requestedAmount} >= 0`),
    check('applications_requested_within_costs', sql`${t.requestedAmount} <= ${t.totalCosts}`),
    index('applications_round_idx').on(t.roundId),
    // Compared as text: an enum value added in a migration cannot be used in that same transaction.
    check('applications_submitted_unless_draft', sql`(${t.status}::text = 'concept') = (${t.submittedAt} IS NULL)`),
    unique('applications_consortium_unique').on(t.consortiumId),
  ],
);

export const applicationCofinancing = pgTable(
  'application_cofinancing',
  {
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    source: cofinancingSource('source').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.source] }),
    check('application_cofinancing_nonnegative', sql`${t.amount} >= 0`),
  ],
);

export const assessments = pgTable(
  'assessments',
  {
    id: serial('id').primaryKey(),
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    assessorUserId: integer('assessor_user_id').notNull().references(() => users.id),
    criterionId: integer('criterion_id').notNull().references(() => selectionCriteria.id),
    score: integer('score').notNull(),
    comment: text('comment').notNull().default(''),
    assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('assessments_application_assessor_criterion').on(t.applicationId, t.assessorUserId, t.criterionId),
    check('assessments_score_range', sql`${t.score} BETWEEN 1 AND 5`),
  ],
);

// One decision per application; the awarded amount is what the figures add up.
export const decisions = pgTable(
  'decisions',
  {
    id: serial('id').primaryKey(),
    applicationId: integer('application_id').notNull().unique().references(() => applications.id, { onDelete: 'cascade' }),
    outcome: decisionOutcome('outcome').notNull(),
    awardedAmount: bigint('awarded_amount', { mode: 'number' }).notNull().default(0),
    decidedOn: date('decided_on').notNull(),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('decisions_awarded_nonnegative', sql`${t.awardedAmount} >= 0`),
    check('decisions_rejected_awards_nothing', sql`${t.outcome} = 'toegekend' OR ${t.awardedAmount} = 0`),
  ],
);

// Users who may edit their organisation's applications (role 'aanvrager'); several per organisation.
export const applicantEditors = pgTable(
  'applicant_editors',
  {
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id').notNull().references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index('applicant_editors_organisation_idx').on(t.organisationId)],
);

export const applicationPartners = pgTable(
  'application_partners',
  {
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id').notNull().references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.organisationId] })],
);

// The pps'en the plan scales up, by name (they may not be registered yet).
export const applicationPps = pgTable(
  'application_pps',
  {
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.position] })],
);

export const applicationProvinces = pgTable(
  'application_provinces',
  {
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull().references(() => provinces.code),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.provinceCode] })],
);

export const applicationSectors = pgTable(
  'application_sectors',
  {
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    sectorCode: text('sector_code').notNull().references(() => sectors.code),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.sectorCode] })],
);

// The requested budget per action line × year × source; requested_amount and total_costs are its sums.
export const applicationBudgetLines = pgTable(
  'application_budget_lines',
  {
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    actionLineId: integer('action_line_id').notNull().references(() => actionLines.id),
    year: integer('year').notNull(),
    source: fundingSource('source').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.actionLineId, t.year, t.source] }),
    check('application_budget_lines_nonnegative', sql`${t.amount} >= 0`),
    check('application_budget_lines_year_range', sql`${t.year} BETWEEN 2000 AND 2100`),
  ],
);

export const applicationPlans = pgTable(
  'application_plans',
  {
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    actionLineId: integer('action_line_id').notNull().references(() => actionLines.id),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.actionLineId] })],
);

// The rule versions a submitted application was judged under (the round's, fixed at submission).
export const applicationRuleVersions = pgTable(
  'application_rule_versions',
  {
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    programmeRuleId: integer('programme_rule_id').notNull().references(() => programmeRules.id),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.programmeRuleId] })],
);

// An assessor assigned to an application; the conflict declaration and the submission are private.
export const assessorAssignments = pgTable(
  'assessor_assignments',
  {
    id: serial('id').primaryKey(),
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    assessorUserId: integer('assessor_user_id').notNull().references(() => users.id),
    dueOn: date('due_on').notNull(),
    status: assignmentStatus('status').notNull().default('toegewezen'),
    declaredAt: timestamp('declared_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('assessor_assignments_application_assessor').on(t.applicationId, t.assessorUserId),
    index('assessor_assignments_assessor_idx').on(t.assessorUserId),
  ],
);

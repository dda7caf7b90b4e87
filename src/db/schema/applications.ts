import { sql } from 'drizzle-orm';
import {
  bigint, check, date, index, integer, pgTable, primaryKey, serial, text, timestamp, unique,
} from 'drizzle-orm/pg-core';
import { applicationStatus, cofinancingSource, decisionOutcome } from './enums.ts';
import { rounds, selectionCriteria } from './programme.ts';
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
    requestedAmount: bigint('requested_amount', { mode: 'number' }).notNull(),
    totalCosts: bigint('total_costs', { mode: 'number' }).notNull(),
    status: applicationStatus('status').notNull().default('ingediend'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('applications_requested_nonnegative', sql`${t.requestedAmount} >= 0`),
    check('applications_requested_within_costs', sql`${t.requestedAmount} <= ${t.totalCosts}`),
    index('applications_round_idx').on(t.roundId),
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

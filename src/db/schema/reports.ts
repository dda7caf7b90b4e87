import { sql } from 'drizzle-orm';
import {
  bigint, check, index, integer, numeric, pgTable, primaryKey, serial, text, timestamp, unique,
} from 'drizzle-orm/pg-core';
import { fundingSource, reportStatus } from './enums.ts';
import { actionLines } from './programme.ts';
import { consortia } from './consortia.ts';
import { indicators } from './indicators.ts';
import { users } from './users.ts';

// Voortgangsrapportage: one per consortium per year; values count publicly only once approved.
export const progressReports = pgTable(
  'progress_reports',
  {
    id: serial('id').primaryKey(),
    consortiumId: integer('consortium_id').notNull().references(() => consortia.id),
    periodYear: integer('period_year').notNull(),
    status: reportStatus('status').notNull().default('concept'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: integer('submitted_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    reviewNote: text('review_note').notNull().default(''),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('progress_reports_consortium_period').on(t.consortiumId, t.periodYear),
    index('progress_reports_status_idx').on(t.status),
  ],
);

// Breakdown '' is the total; other values are categories of the indicator's disaggregations.
export const reportIndicatorValues = pgTable(
  'report_indicator_values',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id').notNull().references(() => progressReports.id, { onDelete: 'cascade' }),
    indicatorId: integer('indicator_id').notNull().references(() => indicators.id),
    breakdown: text('breakdown').notNull().default(''),
    value: numeric('value', { precision: 14, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [
    unique('report_indicator_values_unique').on(t.reportId, t.indicatorId, t.breakdown),
    check('report_indicator_values_nonnegative', sql`${t.value} >= 0`),
    index('report_indicator_values_indicator_idx').on(t.indicatorId),
  ],
);

export const budgetRealisations = pgTable(
  'budget_realisations',
  {
    reportId: integer('report_id').notNull().references(() => progressReports.id, { onDelete: 'cascade' }),
    actionLineId: integer('action_line_id').notNull().references(() => actionLines.id),
    source: fundingSource('source').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.actionLineId, t.source] }),
    check('budget_realisations_nonnegative', sql`${t.amount} >= 0`),
  ],
);

export const reportNarratives = pgTable(
  'report_narratives',
  {
    reportId: integer('report_id').notNull().references(() => progressReports.id, { onDelete: 'cascade' }),
    actionLineId: integer('action_line_id').notNull().references(() => actionLines.id),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.actionLineId] })],
);

export const reportComments = pgTable(
  'report_comments',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id').notNull().references(() => progressReports.id, { onDelete: 'cascade' }),
    authorUserId: integer('author_user_id').notNull().references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_comments_report_idx').on(t.reportId)],
);

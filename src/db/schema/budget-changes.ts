import { sql } from 'drizzle-orm';
import {
  bigint, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, serial, text, timestamp,
} from 'drizzle-orm/pg-core';
import { fundingSource } from './enums.ts';
import { actionLines } from './programme.ts';
import { consortia } from './consortia.ts';
import { users } from './users.ts';

export const CHANGE_REQUEST_STATUSES = ['ingediend', 'goedgekeurd', 'afgewezen'] as const;
export const changeRequestStatus = pgEnum('change_request_status', CHANGE_REQUEST_STATUSES);

// The approved budget (at award, then after each approved change request): what changes are measured against.
export const budgetBaselineLines = pgTable(
  'budget_baseline_lines',
  {
    consortiumId: integer('consortium_id').notNull().references(() => consortia.id),
    actionLineId: integer('action_line_id').notNull().references(() => actionLines.id),
    year: integer('year').notNull(),
    source: fundingSource('source').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.consortiumId, t.actionLineId, t.year, t.source] }),
    check('budget_baseline_lines_nonnegative', sql`${t.amount} >= 0`),
  ],
);

// Wijzigingsverzoek: a budget change beyond the threshold, held apart until the office decides.
export const changeRequests = pgTable(
  'change_requests',
  {
    id: serial('id').primaryKey(),
    consortiumId: integer('consortium_id').notNull().references(() => consortia.id),
    status: changeRequestStatus('status').notNull().default('ingediend'),
    motivation: text('motivation').notNull(),
    /** The whole proposed budget: cells { actionLineId, year, source, amount }. */
    proposed: jsonb('proposed').notNull(),
    submittedBy: integer('submitted_by').notNull().references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note').notNull().default(''),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('change_requests_consortium_idx').on(t.consortiumId, t.status)],
);

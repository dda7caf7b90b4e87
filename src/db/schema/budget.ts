import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, serial, unique } from 'drizzle-orm/pg-core';
import { fundingSource } from './enums.ts';
import { actionLines } from './programme.ts';
import { consortia } from './consortia.ts';

// Planned budget; what was realised is reported per year in progress reports (budget_realisations).
export const budgetLines = pgTable(
  'budget_lines',
  {
    id: serial('id').primaryKey(),
    consortiumId: integer('consortium_id').notNull().references(() => consortia.id),
    actionLineId: integer('action_line_id').notNull().references(() => actionLines.id),
    year: integer('year').notNull(),
    source: fundingSource('source').notNull(),
    plannedAmount: bigint('planned_amount', { mode: 'number' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('budget_lines_consortium_line_year_source').on(t.consortiumId, t.actionLineId, t.year, t.source),
    check('budget_lines_planned_nonnegative', sql`${t.plannedAmount} >= 0`),
    check('budget_lines_year_range', sql`${t.year} BETWEEN 2000 AND 2100`),
    index('budget_lines_action_line_idx').on(t.actionLineId),
  ],
);

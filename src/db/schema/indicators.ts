import { sql } from 'drizzle-orm';
import {
  boolean, check, integer, jsonb, numeric, pgTable, primaryKey, serial, text, unique,
} from 'drizzle-orm/pg-core';
import { indicatorKind } from './enums.ts';
import { programmes } from './programme.ts';
import { consortia } from './consortia.ts';

export type Disaggregation = { code: string; labelNl: string; labelEn: string; categories: string[] };

export const indicators = pgTable(
  'indicators',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id').notNull().references(() => programmes.id),
    code: text('code').notNull(),
    position: integer('position').notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    unit: text('unit').notNull(),
    kind: indicatorKind('kind').notNull(),
    isCumulative: boolean('is_cumulative').notNull().default(false),
    // Reach indicators are the ones the ×3 ambition is about; the rest are outputs.
    isReach: boolean('is_reach').notNull().default(false),
    disaggregations: jsonb('disaggregations').$type<Disaggregation[]>().notNull().default([]),
  },
  (t) => [unique('indicators_programme_code').on(t.programmeId, t.code)],
);

export const targets = pgTable(
  'targets',
  {
    id: serial('id').primaryKey(),
    consortiumId: integer('consortium_id').notNull().references(() => consortia.id),
    indicatorId: integer('indicator_id').notNull().references(() => indicators.id),
    baselineValue: numeric('baseline_value', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    baselineYear: integer('baseline_year').notNull(),
    targetValue: numeric('target_value', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    targetYear: integer('target_year').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('targets_consortium_indicator').on(t.consortiumId, t.indicatorId),
    check('targets_values_nonnegative', sql`${t.baselineValue} >= 0 AND ${t.targetValue} >= 0`),
    check('targets_year_order', sql`${t.baselineYear} <= ${t.targetYear}`),
  ],
);

export const targetMilestones = pgTable(
  'target_milestones',
  {
    targetId: integer('target_id').notNull().references(() => targets.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    value: numeric('value', { precision: 14, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.year] }), check('target_milestones_nonnegative', sql`${t.value} >= 0`)],
);

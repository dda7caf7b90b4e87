import { sql } from 'drizzle-orm';
import {
  bigint, boolean, check, date, integer, jsonb, numeric, pgTable, serial, text, unique,
} from 'drizzle-orm/pg-core';
import { roundStatus } from './enums.ts';

export const programmes = pgTable(
  'programmes',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    budgetCeiling: bigint('budget_ceiling', { mode: 'number' }).notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    legalBasis: text('legal_basis'),
    description: text('description').notNull().default(''),
  },
  (t) => [
    check('programmes_budget_ceiling_nonnegative', sql`${t.budgetCeiling} >= 0`),
    check('programmes_period_order', sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);

// Rules are versioned data of a programme, never constants in code.
export const programmeRules = pgTable(
  'programme_rules',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id').notNull().references(() => programmes.id),
    code: text('code').notNull(),
    version: integer('version').notNull().default(1),
    value: jsonb('value').notNull(),
    descriptionNl: text('description_nl').notNull(),
    descriptionEn: text('description_en').notNull().default(''),
    validFrom: date('valid_from').notNull(),
    source: text('source'),
    isIllustrative: boolean('is_illustrative').notNull().default(false),
  },
  (t) => [unique('programme_rules_code_version').on(t.programmeId, t.code, t.version)],
);

export const actionLines = pgTable(
  'action_lines',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id').notNull().references(() => programmes.id),
    code: text('code').notNull(),
    position: integer('position').notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionNl: text('description_nl').notNull().default(''),
  },
  (t) => [unique('action_lines_programme_code').on(t.programmeId, t.code)],
);

export const selectionCriteria = pgTable(
  'selection_criteria',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id').notNull().references(() => programmes.id),
    code: text('code').notNull(),
    position: integer('position').notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    weight: numeric('weight', { precision: 5, scale: 2, mode: 'number' }).notNull().default(1),
  },
  (t) => [
    unique('selection_criteria_programme_code').on(t.programmeId, t.code),
    check('selection_criteria_weight_positive', sql`${t.weight} > 0`),
  ],
);

export const rounds = pgTable(
  'rounds',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id').notNull().references(() => programmes.id),
    name: text('name').notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    budget: bigint('budget', { mode: 'number' }).notNull(),
    status: roundStatus('status').notNull().default('gepland'),
  },
  (t) => [
    check('rounds_budget_nonnegative', sql`${t.budget} >= 0`),
    check('rounds_period_order', sql`${t.opensOn} <= ${t.closesOn}`),
  ],
);

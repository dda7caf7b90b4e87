import { doublePrecision, integer, pgTable, text } from 'drizzle-orm/pg-core';

// Precomputed public figures (migration 0007, ADR 013), rebuilt by deferred triggers in the transaction of
// every write that changes them. Derived state, like data_generation: outside src/db/schema, so drizzle-kit
// leaves them to the migration and backups leave them out. Read-only here; numeric sums are read as float8.

/** Scope keys: the dashboard filter's single choices. */
export const scopeKey = {
  all: 'alle',
  province: (code: string) => `provincie:${code}`,
  sector: (code: string) => `sector:${code}`,
  consortium: (id: number) => `consortium:${id}`,
};

export const publicComposition = pgTable('public_composition', {
  programmeId: integer('programme_id').notNull(),
  scope: text('scope').notNull(),
  kind: text('kind').notNull(),
  educationLevel: text('education_level'),
  companySize: text('company_size'),
  governmentLevel: text('government_level'),
  organisations: integer('organisations').notNull(),
});

export const publicRealisations = pgTable('public_realisations', {
  programmeId: integer('programme_id').notNull(),
  scope: text('scope').notNull(),
  indicatorId: integer('indicator_id').notNull(),
  year: integer('year').notNull(),
  value: doublePrecision('value').notNull(),
  consortia: integer('consortia').notNull(),
});

export const publicTargets = pgTable('public_targets', {
  programmeId: integer('programme_id').notNull(),
  scope: text('scope').notNull(),
  indicatorId: integer('indicator_id').notNull(),
  baseline: doublePrecision('baseline').notNull(),
  target: doublePrecision('target').notNull(),
  targetYear: integer('target_year').notNull(),
});

export const publicBudget = pgTable('public_budget', {
  programmeId: integer('programme_id').notNull(),
  scope: text('scope').notNull(),
  actionLineId: integer('action_line_id').notNull(),
  year: integer('year').notNull(),
  subsidy: doublePrecision('subsidy').notNull(),
  cofinancing: doublePrecision('cofinancing').notNull(),
});

/** Consortia and pps'en per province, consortia per sector, pps'en per discipline, consortia per number of levels (0013). */
export const COUNT_DIMENSIONS = ['province_consortia', 'province_pps', 'sector_consortia', 'discipline_pps', 'level_consortia'] as const;

export const publicCounts = pgTable('public_counts', {
  programmeId: integer('programme_id').notNull(),
  scope: text('scope').notNull(),
  dimension: text('dimension', { enum: COUNT_DIMENSIONS }).notNull(),
  code: text('code').notNull(),
  count: integer('count').notNull(),
});

/** The map's places per scope (migration 0011): pps'en per consortium, first sector and province, and place. */
export const publicMapPlaces = pgTable('public_map_places', {
  programmeId: integer('programme_id').notNull(),
  scope: text('scope').notNull(),
  consortiumId: integer('consortium_id').notNull(),
  sectorCode: text('sector_code'),
  provinceCode: text('province_code').notNull(),
  municipalityCode: text('municipality_code'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  pps: integer('pps').notNull(),
});

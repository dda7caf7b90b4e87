import { sql } from 'drizzle-orm';
import {
  boolean, check, date, doublePrecision, index, integer, pgTable, primaryKey, serial, text, timestamp, unique,
} from 'drizzle-orm/pg-core';
import { educationLevel, membershipRole, ppsStatus } from './enums.ts';
import { disciplines, municipalities, provinces, sectors } from './code-lists.ts';
import { programmes } from './programme.ts';
import { organisations } from './organisations.ts';

// A consortium (HIP) is a partnership of partnerships, funded through one application.
export const consortia = pgTable(
  'consortia',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id').notNull().references(() => programmes.id),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    leadOrganisationId: integer('lead_organisation_id').notNull().references(() => organisations.id),
    description: text('description').notNull().default(''),
    /** The description in English; empty when there is none, and English pages then show the Dutch one marked lang="nl". */
    descriptionEn: text('description_en').notNull().default(''),
    isIllustrative: boolean('is_illustrative').notNull().default(true),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consortia_programme_idx').on(t.programmeId)],
);

export const consortiumProvinces = pgTable(
  'consortium_provinces',
  {
    consortiumId: integer('consortium_id').notNull().references(() => consortia.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull().references(() => provinces.code),
  },
  (t) => [primaryKey({ columns: [t.consortiumId, t.provinceCode] }), index('consortium_provinces_province_idx').on(t.provinceCode)],
);

export const consortiumSectors = pgTable(
  'consortium_sectors',
  {
    consortiumId: integer('consortium_id').notNull().references(() => consortia.id, { onDelete: 'cascade' }),
    sectorCode: text('sector_code').notNull().references(() => sectors.code),
  },
  (t) => [primaryKey({ columns: [t.consortiumId, t.sectorCode] }), index('consortium_sectors_sector_idx').on(t.sectorCode)],
);

export const consortiumLevels = pgTable(
  'consortium_levels',
  {
    consortiumId: integer('consortium_id').notNull().references(() => consortia.id, { onDelete: 'cascade' }),
    level: educationLevel('level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.consortiumId, t.level] })],
);

export const pps = pgTable(
  'pps',
  {
    id: serial('id').primaryKey(),
    consortiumId: integer('consortium_id').references(() => consortia.id),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    foundedYear: integer('founded_year').notNull(),
    status: ppsStatus('status').notNull().default('actief'),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    description: text('description').notNull().default(''),
    /** The description in English; empty when there is none, and English pages then show the Dutch one marked lang="nl". */
    descriptionEn: text('description_en').notNull().default(''),
    isIllustrative: boolean('is_illustrative').notNull().default(true),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('pps_founded_year_range', sql`${t.foundedYear} BETWEEN 1990 AND 2100`),
    check('pps_latitude_range', sql`${t.latitude} BETWEEN -90 AND 90`),
    check('pps_longitude_range', sql`${t.longitude} BETWEEN -180 AND 180`),
    index('pps_consortium_idx').on(t.consortiumId),
  ],
);

export const ppsProvinces = pgTable(
  'pps_provinces',
  {
    ppsId: integer('pps_id').notNull().references(() => pps.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull().references(() => provinces.code),
  },
  (t) => [primaryKey({ columns: [t.ppsId, t.provinceCode] }), index('pps_provinces_province_idx').on(t.provinceCode)],
);

export const ppsSectors = pgTable(
  'pps_sectors',
  {
    ppsId: integer('pps_id').notNull().references(() => pps.id, { onDelete: 'cascade' }),
    sectorCode: text('sector_code').notNull().references(() => sectors.code),
  },
  (t) => [primaryKey({ columns: [t.ppsId, t.sectorCode] }), index('pps_sectors_sector_idx').on(t.sectorCode)],
);

export const ppsLevels = pgTable(
  'pps_levels',
  {
    ppsId: integer('pps_id').notNull().references(() => pps.id, { onDelete: 'cascade' }),
    level: educationLevel('level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ppsId, t.level] })],
);

export const ppsDisciplines = pgTable(
  'pps_disciplines',
  {
    ppsId: integer('pps_id').notNull().references(() => pps.id, { onDelete: 'cascade' }),
    disciplineCode: text('discipline_code').notNull().references(() => disciplines.code),
  },
  (t) => [primaryKey({ columns: [t.ppsId, t.disciplineCode] })],
);

export const memberships = pgTable(
  'memberships',
  {
    id: serial('id').primaryKey(),
    ppsId: integer('pps_id').notNull().references(() => pps.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id').notNull().references(() => organisations.id),
    role: membershipRole('role').notNull().default('partner'),
    since: date('since').notNull(),
    until: date('until'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('memberships_pps_organisation_since').on(t.ppsId, t.organisationId, t.since),
    check('memberships_period_order', sql`${t.until} IS NULL OR ${t.since} <= ${t.until}`),
    // Stakeholder counts go from organisation to pps; the unique constraint covers pps first.
    index('memberships_organisation_idx').on(t.organisationId),
  ],
);

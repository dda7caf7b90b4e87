import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { companySize, educationLevel, governmentLevel, organisationKind } from './enums.ts';
import { municipalities, provinces } from './code-lists.ts';

export const organisations = pgTable(
  'organisations',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    kind: organisationKind('kind').notNull(),
    educationLevel: educationLevel('education_level'),
    companySize: companySize('company_size'),
    governmentLevel: governmentLevel('government_level'),
    // Identifiers: KvK (8 digits), BRIN/RIO (4 characters), OIN (20 digits); each unique.
    kvkNumber: text('kvk_number').unique(),
    brinCode: text('brin_code').unique(),
    oin: text('oin').unique(),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    provinceCode: text('province_code').references(() => provinces.code),
    website: text('website'),
    isIllustrative: boolean('is_illustrative').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('organisations_kvk_format', sql`${t.kvkNumber} ~ '^[0-9]{8}$'`),
    check('organisations_brin_format', sql`${t.brinCode} ~ '^[0-9]{2}[A-Z0-9]{2}$'`),
    check('organisations_oin_format', sql`${t.oin} ~ '^[0-9]{20}$'`),
    check('organisations_level_only_for_schools', sql`(${t.kind} = 'onderwijsinstelling') = (${t.educationLevel} IS NOT NULL)`),
    check('organisations_size_only_for_companies', sql`(${t.kind} = 'bedrijf') = (${t.companySize} IS NOT NULL)`),
    check('organisations_level_only_for_governments', sql`(${t.kind} = 'overheid') = (${t.governmentLevel} IS NOT NULL)`),
    index('organisations_kind_idx').on(t.kind),
    index('organisations_province_idx').on(t.provinceCode),
    // Partner search by name (portal: find before create).
    index('organisations_name_lower_idx').on(sql`lower(${t.name})`),
  ],
);

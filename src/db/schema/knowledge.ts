import { sql, type SQL } from 'drizzle-orm';
import {
  boolean, check, customType, date, index, integer, numeric, pgEnum, pgTable, primaryKey, serial, text, timestamp, unique,
} from 'drizzle-orm/pg-core';
import { knowledgeKind } from './enums.ts';
import { actionLines, programmes } from './programme.ts';
import { consortia, pps } from './consortia.ts';
import { provinces, sectors } from './code-lists.ts';
import { users } from './users.ts';

export const KNOWLEDGE_STATUSES = ['concept', 'gepland', 'gepubliceerd', 'gearchiveerd'] as const;
export const REGISTRATION_STATUSES = ['aangemeld', 'wachtlijst', 'afgemeld'] as const;
export const knowledgeStatus = pgEnum('knowledge_status', KNOWLEDGE_STATUSES);
export const registrationStatus = pgEnum('registration_status', REGISTRATION_STATUSES);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

// Dutch stemming on both databases; title weighs most, then the teaser, then the text.
const searchDocument: SQL = sql`setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A')
  || setweight(to_tsvector('dutch'::regconfig, coalesce(summary, '')), 'B')
  || setweight(to_tsvector('dutch'::regconfig, coalesce(body, '') || ' ' || coalesce(results, '')), 'C')`;

export const knowledgeItems = pgTable(
  'knowledge_items',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id').notNull().references(() => programmes.id),
    slug: text('slug').notNull().unique(),
    kind: knowledgeKind('kind').notNull(),
    status: knowledgeStatus('status').notNull().default('gepubliceerd'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Markdown, written by the office or proposed by a coordinator; rendered to sanitised HTML. */
    body: text('body').notNull().default(''),
    sourceTags: text('source_tags').array().notNull().default(sql`'{}'::text[]`),
    url: text('url'),
    publishedOn: date('published_on').notNull(),
    /** For status 'gepland': visible to the public from this moment on. */
    publishAt: timestamp('publish_at', { withTimezone: true }),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    location: text('location'),
    onlineUrl: text('online_url'),
    capacity: integer('capacity'),
    results: text('results').notNull().default(''),
    contact: text('contact').notNull().default(''),
    proposedByUserId: integer('proposed_by_user_id').references(() => users.id),
    isIllustrative: boolean('is_illustrative').notNull().default(true),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector('search_vector').notNull().generatedAlwaysAs(searchDocument),
  },
  (t) => [
    index('knowledge_items_published_idx').on(t.publishedOn),
    index('knowledge_items_search_idx').using('gin', t.searchVector),
    check('knowledge_items_capacity_positive', sql`${t.capacity} IS NULL OR ${t.capacity} > 0`),
    check('knowledge_items_event_order', sql`${t.endsAt} IS NULL OR ${t.startsAt} <= ${t.endsAt}`),
    check('knowledge_items_scheduled_has_time', sql`${t.status} <> 'gepland' OR ${t.publishAt} IS NOT NULL`),
  ],
);

export const knowledgeItemActionLines = pgTable(
  'knowledge_item_action_lines',
  {
    itemId: integer('item_id').notNull().references(() => knowledgeItems.id, { onDelete: 'cascade' }),
    actionLineId: integer('action_line_id').notNull().references(() => actionLines.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.actionLineId] })],
);

export const knowledgeItemSectors = pgTable(
  'knowledge_item_sectors',
  {
    itemId: integer('item_id').notNull().references(() => knowledgeItems.id, { onDelete: 'cascade' }),
    sectorCode: text('sector_code').notNull().references(() => sectors.code),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.sectorCode] })],
);

export const knowledgeItemProvinces = pgTable(
  'knowledge_item_provinces',
  {
    itemId: integer('item_id').notNull().references(() => knowledgeItems.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull().references(() => provinces.code),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.provinceCode] })],
);

export const knowledgeItemConsortia = pgTable(
  'knowledge_item_consortia',
  {
    itemId: integer('item_id').notNull().references(() => knowledgeItems.id, { onDelete: 'cascade' }),
    consortiumId: integer('consortium_id').notNull().references(() => consortia.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.consortiumId] }), index('knowledge_item_consortia_consortium_idx').on(t.consortiumId)],
);

export const knowledgeItemPps = pgTable(
  'knowledge_item_pps',
  {
    itemId: integer('item_id').notNull().references(() => knowledgeItems.id, { onDelete: 'cascade' }),
    ppsId: integer('pps_id').notNull().references(() => pps.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.ppsId] }), index('knowledge_item_pps_pps_idx').on(t.ppsId)],
);

// Personal data (name, e-mail, organisation) is nulled by the retention rule; the row and its status stay for the counts.
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: serial('id').primaryKey(),
    itemId: integer('item_id').notNull().references(() => knowledgeItems.id, { onDelete: 'cascade' }),
    status: registrationStatus('status').notNull(),
    name: text('name'),
    email: text('email'),
    organisation: text('organisation'),
    /** SHA-256 of the cancellation token mailed to the registrant. */
    tokenHash: text('token_hash').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (t) => [index('event_registrations_item_idx').on(t.itemId, t.status, t.id)],
);

// Counted on the server per path and day: no cookie, no address, no user agent.
export const pageViews = pgTable(
  'page_views',
  {
    path: text('path').notNull(),
    day: date('day').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.path, t.day] }), index('page_views_day_idx').on(t.day)],
);

// Published figures about the programme's context (not computed from rows), each with its source and date.
export const programmeFacts = pgTable(
  'programme_facts',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id').notNull().references(() => programmes.id),
    code: text('code').notNull(),
    position: integer('position').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    unit: text('unit').notNull(),
    labelNl: text('label_nl').notNull(),
    labelEn: text('label_en').notNull(),
    source: text('source').notNull(),
    sourceUrl: text('source_url'),
    sourceDate: date('source_date').notNull(),
  },
  (t) => [unique('programme_facts_programme_code').on(t.programmeId, t.code)],
);

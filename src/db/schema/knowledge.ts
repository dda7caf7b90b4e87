import {
  boolean, date, index, integer, pgTable, primaryKey, serial, text,
} from 'drizzle-orm/pg-core';
import { knowledgeKind } from './enums.ts';
import { actionLines, programmes } from './programme.ts';
import { consortia } from './consortia.ts';
import { provinces, sectors } from './code-lists.ts';

export const knowledgeItems = pgTable(
  'knowledge_items',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id').notNull().references(() => programmes.id),
    slug: text('slug').notNull().unique(),
    kind: knowledgeKind('kind').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    url: text('url'),
    publishedOn: date('published_on').notNull(),
    isIllustrative: boolean('is_illustrative').notNull().default(true),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('knowledge_items_published_idx').on(t.publishedOn)],
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

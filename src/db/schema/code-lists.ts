import { doublePrecision, integer, pgTable, text, boolean, index } from 'drizzle-orm/pg-core';

// CBS province codes (PV20 … PV31) are the natural keys the API and filters use.
export const provinces = pgTable('provinces', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  position: integer('position').notNull(),
});

export const municipalities = pgTable(
  'municipalities',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
  },
  (t) => [index('municipalities_province_idx').on(t.provinceCode)],
);

export const sectors = pgTable('sectors', {
  code: text('code').primaryKey(),
  nameNl: text('name_nl').notNull(),
  nameEn: text('name_en').notNull(),
  isTopSector: boolean('is_top_sector').notNull().default(false),
  position: integer('position').notNull(),
});

// Opleidingsdomeinen: the "disciplines" a pps combines (multidisciplinair).
export const disciplines = pgTable('disciplines', {
  code: text('code').primaryKey(),
  nameNl: text('name_nl').notNull(),
  nameEn: text('name_en').notNull(),
  position: integer('position').notNull(),
});

import { z } from 'zod';
import { dictionaryColumns, type DictionaryColumn, type JsonSchema } from '../../../domain/export/data-dictionary.ts';
import { ProgrammeFigures } from '../../../domain/programme-figures.ts';
import type { PublicDataset, PublicTable } from '../../../services/exports/get-public-dataset.ts';
import { Actielijn } from './actielijnen/routes.ts';
import { Begrotingsregel } from './begrotingen/schema.ts';
import { Consortium } from './consortia/schema.ts';
import { Doel } from './doelen/schema.ts';
import { Indicator } from './indicatoren/schema.ts';
import { Organisatie } from './organisaties/schema.ts';
import { Pps } from './pps/schema.ts';
import { Realisatie } from './realisaties/schema.ts';
import { toActielijn } from './actielijnen/routes.ts';
import { toBegrotingsregel } from './begrotingen/routes.ts';
import { toConsortium } from './consortia/routes.ts';
import { toDoel } from './doelen/routes.ts';
import { toIndicator } from './indicatoren/routes.ts';
import { toOrganisatie } from './organisaties/routes.ts';
import { toPps } from './pps/routes.ts';
import { toRealisatie } from './realisaties/routes.ts';

// Each table's rows in the API's Dutch shapes, so every download names its fields as the API does.
const SHAPES = {
  kerncijfers: (d: PublicDataset['kerncijfers']) => d,
  actielijnen: (d: PublicDataset['actielijnen']) => d.map(toActielijn),
  indicatoren: (d: PublicDataset['indicatoren']) => d.map(toIndicator),
  consortia: (d: PublicDataset['consortia']) => d.map(toConsortium),
  pps: (d: PublicDataset['pps']) => d.map(toPps),
  organisaties: (d: PublicDataset['organisaties']) => d.map(toOrganisatie),
  doelen: (d: PublicDataset['doelen']) => d.map(toDoel),
  realisaties: (d: PublicDataset['realisaties']) => d.map(toRealisatie),
  begrotingen: (d: PublicDataset['begrotingen']) => d.map(toBegrotingsregel),
} satisfies { [K in PublicTable]: (d: PublicDataset[K]) => unknown };

/** One table in the API's shape, for a list download that flattens it. */
export function toOpenTable<K extends PublicTable>(table: K, rows: PublicDataset[K]): unknown {
  return (SHAPES[table] as (d: PublicDataset[K]) => unknown)(rows);
}

type Shaped = { [K in PublicTable]: ReturnType<(typeof SHAPES)[K]> };

/** The public dataset in the API's Dutch shapes. */
export function toOpenDataset(d: PublicDataset): Shaped {
  return Object.fromEntries((Object.keys(SHAPES) as PublicTable[]).map((table) => [table, toOpenTable(table, d[table])])) as Shaped;
}
export type OpenDataset = ReturnType<typeof toOpenDataset>;

// Each table of the downloads with the API schema of its rows: the dictionary page is generated from these.
const TABLE_SCHEMAS: Record<keyof OpenDataset, z.ZodType> = {
  kerncijfers: ProgrammeFigures, actielijnen: Actielijn, indicatoren: Indicator, consortia: Consortium, pps: Pps,
  organisaties: Organisatie, doelen: Doel, realisaties: Realisatie, begrotingen: Begrotingsregel,
};

export type DictionaryTable = { table: keyof OpenDataset; columns: DictionaryColumn[] };

/** Every column of every download table, with its meaning (the API's description) and unit. */
export function dataDictionary(): DictionaryTable[] {
  return Object.entries(TABLE_SCHEMAS).map(([table, schema]) => ({
    table: table as keyof OpenDataset,
    columns: dictionaryColumns(z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'output', unrepresentable: 'any' }) as JsonSchema),
  }));
}

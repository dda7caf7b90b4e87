import { z } from 'zod';
import { dictionaryColumns, type DictionaryColumn, type JsonSchema } from '../../../domain/export/data-dictionary.ts';
import { ProgrammeFigures } from '../../../domain/programme-figures.ts';
import type { PublicDataset } from '../../../services/exports/get-public-dataset.ts';
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

/** The public dataset in the API's Dutch shapes, so every download names its fields as the API does. */
export function toOpenDataset(d: PublicDataset) {
  return {
    kerncijfers: d.kerncijfers,
    actielijnen: d.actielijnen.map(toActielijn),
    indicatoren: d.indicatoren.map(toIndicator),
    consortia: d.consortia.map(toConsortium),
    pps: d.pps.map(toPps),
    organisaties: d.organisaties.map(toOrganisatie),
    doelen: d.doelen.map(toDoel),
    realisaties: d.realisaties.map(toRealisatie),
    begrotingen: d.begrotingen.map(toBegrotingsregel),
  };
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

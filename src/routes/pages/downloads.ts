import { Hono } from 'hono';
import { csvArchive } from '../../domain/export/csv-archive.ts';
import { toCsv } from '../../domain/export/csv.ts';
import { columnsOf, flatten } from '../../domain/export/flatten.ts';
import { toXlsx, XLSX_MEDIA_TYPE as XLSX } from '../../domain/export/xlsx.ts';
import { IMPORT_TYPES, templateColumns, type ImportType } from '../../domain/import/import-types.ts';
import { toDcatCatalog, type Distribution } from '../../domain/export/dcat.ts';
import { toThreeSixtyGiving } from '../../domain/export/three-sixty-giving.ts';
import type { ServiceContext } from '../../services/context.ts';
import { getPublicDataset, getPublicTable } from '../../services/exports/get-public-dataset.ts';
import { toOpenDataset, toOpenTable } from '../api/v1/open-dataset.ts';
import { listGrants } from '../../services/exports/list-grants.ts';
import type { AppDeps } from '../deps.ts';

export const DOWNLOADS: Distribution[] = [
  { path: '/downloads/pps-monitor.json', title: 'Volledige openbare dataset (JSON)', format: 'JSON', mediaType: 'application/json' },
  { path: '/downloads/pps-monitor-csv.zip', title: 'Volledige openbare dataset (ZIP met CSV per tabel)', format: 'ZIP', mediaType: 'application/zip' },
  { path: '/downloads/360giving.json', title: 'Toekenningen in de 360Giving-standaard (JSON)', format: 'JSON', mediaType: 'application/json' },
];

const README = `# PPS Monitor: openbare dataset

Eén CSV-bestand per tabel (UTF-8 met BOM, puntkomma als scheidingsteken, decimale komma, getallen zonder
duizendtallen, afgerond op ten hoogste twee decimalen; de exacte waarden staan in pps-monitor.json).
De kolommen heten zoals de velden van de API. Geneste velden staan in kolommen met een punt (penvoerder.naam),
lijsten in één cel gescheiden door " | " (codes uit een codelijst als code). Ja/nee-velden: "ja" of "nee".
De kolom voorbeelddata zegt per rij of het voorbeelddata zijn. Betekenis en eenheid van elke kolom: /open-data/woordenboek.
Cellen die met = + - @ beginnen, krijgen een apostrof ervoor (bescherming tegen formules).

Tabellen: kerncijfers, actielijnen, indicatoren, consortia, pps, organisaties, doelen (targets), realisaties (alleen
goedgekeurde voortgangsrapportages), begrotingen (gepland, en gerealiseerd uit goedgekeurde rapportages).

Details per consortium, pps en organisatie zijn voorbeelddata; de totalen van de regeling zijn openbaar.
Licentie: CC0 1.0. Dezelfde gegevens: /api/v1 (OpenAPI: /api/v1/openapi.json).
`;

/** Every table of the public dataset is also a list download. */
export const LISTS = ['consortia', 'pps', 'organisaties', 'actielijnen', 'indicatoren', 'doelen', 'realisaties', 'begrotingen'] as const;

// Open data may be fetched from anywhere.
const OPEN = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' };

/** Bulk downloads at stable URLs: the dataset as JSON and as CSVs, the grants as 360Giving, the DCAT catalogue. */
export function createDownloadRoutes({ db, config }: AppDeps): Hono {
  const router = new Hono();
  const ctx: ServiceContext = { db, actor: null };
  const today = () => new Date().toISOString().slice(0, 10);
  router.get('/downloads/pps-monitor.json', async (c) => c.json(toOpenDataset(await getPublicDataset(ctx)), 200, OPEN));
  router.get('/downloads/pps-monitor-csv.zip', async (c) => {
    const { kerncijfers, ...tables } = toOpenDataset(await getPublicDataset(ctx));
    const zip = csvArchive({ kerncijfers: [kerncijfers], ...tables }, README);
    return c.body(zip as unknown as ArrayBuffer, 200, { ...OPEN, 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="pps-monitor-csv.zip"' });
  });
  // Import templates: the columns each import reads, with one example row, as CSV and as XLSX.
  router.get(`/downloads/sjablonen/:file{(${Object.keys(IMPORT_TYPES).join('|')})\\.(csv|xlsx)}`, async (c) => {
    const [type, ext] = c.req.param('file').split('.') as [ImportType, 'csv' | 'xlsx'];
    const columns = templateColumns(type);
    const example: Record<string, string> = IMPORT_TYPES[type].example;
    const disposition = { 'Content-Disposition': `attachment; filename="sjabloon-${type}.${ext}"` };
    if (ext === 'xlsx') return c.body((await toXlsx(type, [example], columns)) as unknown as ArrayBuffer, 200, { ...OPEN, ...disposition, 'Content-Type': XLSX });
    return c.body(toCsv([example], columns.map((key) => ({ header: key, value: (row: Record<string, string>) => row[key] ?? '' }))), 200, { ...OPEN, ...disposition, 'Content-Type': 'text/csv; charset=utf-8' });
  });
  // Every public list as CSV and XLSX, from the same use-cases as the pages and the API.
  router.get(`/downloads/:list{(${LISTS.join('|')})\\.(csv|xlsx)}`, async (c) => {
    const [list, ext] = c.req.param('list').split('.') as [(typeof LISTS)[number], 'csv' | 'xlsx'];
    // Only the list's own table is read: at scale the whole dataset is far more than one list.
    const rows = (toOpenTable(list, await getPublicTable(ctx, list)) as unknown[]).map((item) => flatten(item));
    const columns = columnsOf(rows);
    const disposition = { 'Content-Disposition': `attachment; filename="${list}.${ext}"` };
    if (ext === 'xlsx') return c.body((await toXlsx(list, rows, columns)) as unknown as ArrayBuffer, 200, { ...OPEN, ...disposition, 'Content-Type': XLSX });
    return c.body(toCsv(rows, columns.map((key) => ({ header: key, value: (row) => row[key] ?? null }))), 200, { ...OPEN, ...disposition, 'Content-Type': 'text/csv; charset=utf-8' });
  });
  router.get('/downloads/360giving.json', async (c) => c.json(toThreeSixtyGiving(await listGrants(ctx), today()), 200, OPEN));
  router.get('/downloads/dcat.jsonld', (c) => {
    const base = config.publicBaseUrl ?? new URL(c.req.url).origin;
    return c.body(JSON.stringify(toDcatCatalog(base, DOWNLOADS, today()), null, 2), 200, { ...OPEN, 'Content-Type': 'application/ld+json; charset=utf-8' });
  });
  return router;
}

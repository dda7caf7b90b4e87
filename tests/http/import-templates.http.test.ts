import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_TYPES, templateColumns, type ImportType } from '../../src/domain/import/import-types.ts';
import { readCsvTable } from '../../src/domain/import/read-table.ts';
import { readXlsxTable } from '../../src/domain/import/read-xlsx.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// Every import type has a CSV and an XLSX template at a stable URL, and each reads back as its example row.
describe('import templates', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = createTestApp(database.db);
  });
  afterAll(() => database?.dispose());

  it.each(Object.keys(IMPORT_TYPES) as ImportType[])('offers the %s template as CSV and XLSX', async (type) => {
    const { columns, example } = IMPORT_TYPES[type];
    const expected = [{ line: 2, cells: Object.fromEntries(templateColumns(type).map((c) => [c, (example as Record<string, string>)[c]])) }];
    const csv = await app.request(`/downloads/sjablonen/${type}.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="sjabloon-${type}.csv"`);
    expect(readCsvTable(new Uint8Array(await csv.arrayBuffer()), columns, [])).toEqual({ ok: true, rows: expected });
    const xlsx = await app.request(`/downloads/sjablonen/${type}.xlsx`);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const fromXlsx = await readXlsxTable(new Uint8Array(await xlsx.arrayBuffer()), columns, []);
    expect(fromXlsx).toEqual({ ok: true, rows: expected });
  });

  it('has no template for an unknown type', async () => {
    expect((await app.request('/downloads/sjablonen/gebruikers.csv')).status).toBe(404);
  });
});

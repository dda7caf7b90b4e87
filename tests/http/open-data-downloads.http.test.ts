import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDutchNumber } from '../../src/domain/reports/parse-number.ts';
import { addAward, addBudget, addReport, addTargets, createConsortium, createProgramme } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

/** A downloaded CSV as header names and rows of cells: ";" separated, quotes removed (these cells hold no ";"). */
function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [head, ...lines] = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  const header = head!.split(';');
  const rows = lines.map((l) => Object.fromEntries(l.split(';').map((cell, i) => [header[i]!, cell.replace(/^"|"$/g, '')])));
  return { header, rows };
}

/** A number as Dutch Excel reads it; fails the test on anything else. */
function dutch(cell: string | undefined): number {
  const parsed = parseDutchNumber(cell);
  if (!parsed.ok || parsed.value === null) throw new Error(`"${cell}" is not a Dutch number`);
  return parsed.value;
}

// One programme with one consortium whose award is a third of its costs, so a share has endless decimals.
describe('open data downloads for Dutch spreadsheets', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  let slug: string;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const programme = await createProgramme(database.db);
    const consortium = await createConsortium(database.db, programme);
    slug = consortium.slug;
    await addAward(database.db, consortium, { awarded: 4_300_000, totalCosts: 12_900_000, business: 3_000_000 });
    await addBudget(database.db, programme, consortium.id, { years: [2025], amount: 86_000 });
    await addTargets(database.db, programme, consortium.id, { baseline: 100, target: 300 });
    await addReport(database.db, programme, consortium, { year: 2025, status: 'goedgekeurd', value: 150 });
    app = createTestApp(database.db);
  });
  afterAll(() => database?.dispose());

  it('writes shares with a decimal comma, rounded as the page shows them, and keeps the exact value in the JSON', async () => {
    const files = unzipSync(new Uint8Array(await (await app.request('/downloads/pps-monitor-csv.zip')).arrayBuffer()));
    const figures = readCsv(strFromU8(files['kerncijfers.csv']!)).rows[0]!;
    const json = (await (await app.request('/downloads/pps-monitor.json')).json()) as { kerncijfers: Record<string, number> };
    const api = (await (await app.request('/api/v1/kerncijfers')).json()) as Record<string, number>;
    expect(json.kerncijfers).toEqual(api);
    expect(json.kerncijfers.aandeelTotaleKosten).toBeCloseTo(1 / 3, 3);
    expect(figures.aandeelTotaleKosten).toBe('0,33');
    expect(dutch(figures.aandeelTotaleKosten)).toBe(Math.round(json.kerncijfers.aandeelTotaleKosten! * 100) / 100);
    expect(dutch(figures.toegekendBedrag)).toBe(4_300_000);
    expect(strFromU8(files['README.md']!)).toContain('decimale komma');
  });

  it('names the columns as the API does, marks voorbeelddata in every row, and lists codes by code', async () => {
    const csv = readCsv(await (await app.request('/downloads/consortia.csv')).text());
    const api = ((await (await app.request('/api/v1/consortia')).json()) as { _embedded: { consortia: Record<string, unknown>[] } })._embedded;
    const row = csv.rows.find((r) => r.slug === slug)!;
    expect(csv.header).toEqual(expect.arrayContaining(['naam', 'toegekendBedrag', 'aantalPps', 'penvoerder.naam', 'voorbeelddata']));
    expect(csv.header.filter((h) => !h.includes('.'))).toEqual(Object.keys(api.consortia[0]!).filter((k) => typeof api.consortia[0]![k] !== 'object' || Array.isArray(api.consortia[0]![k])));
    expect(row.voorbeelddata).toBe('ja');
    expect(row.provincies).toBe('PV26');
    expect(dutch(row.toegekendBedrag)).toBe(4_300_000);
    const budget = readCsv(await (await app.request('/downloads/begrotingen.csv')).text());
    expect(budget.header).toEqual(['id', 'consortium.id', 'consortium.naam', 'actielijn.code', 'actielijn.naam', 'jaar', 'bron', 'begroot', 'gerealiseerd', 'voorbeelddata']);
    expect(budget.rows.map((r) => dutch(r.begroot))).toEqual([86_000, 86_000, 86_000, 86_000, 86_000]);
  });

  it('explains every column of every list on the data dictionary page, linked from /open-data', async () => {
    expect(await (await app.request('/open-data')).text()).toContain('href="/open-data/woordenboek"');
    const page = await (await app.request('/open-data/woordenboek')).text();
    for (const list of ['consortia', 'pps', 'organisaties', 'actielijnen', 'indicatoren', 'doelen', 'realisaties', 'begrotingen']) {
      const table = page.match(new RegExp(`<table[^>]*data-table="${list}"[\\s\\S]*?</table>`))?.[0] ?? '';
      const { header } = readCsv(await (await app.request(`/downloads/${list}.csv`)).text());
      expect(header.length, list).toBeGreaterThan(3);
      for (const column of header) expect(table, `${list}.${column}`).toContain(`<code lang="nl">${column}</code>`);
    }
    expect(page).toContain('euro (hele euro’s)');
    const en = await (await app.request('/en/open-data/woordenboek')).text();
    expect(en).toContain('Data dictionary of the downloads');
    expect(en).toContain('<td class="utrecht-table__cell" lang="nl">');
  });

  it('marks illustrative grants in the 360Giving file and gives no illustrative KvK number an NL-KVK identifier', async () => {
    const body = (await (await app.request('/downloads/360giving.json')).json()) as {
      grants: { description: string; voorbeelddata: boolean; amountAwarded: number; recipientOrganization: { id: string; name: string; voorbeelddata: boolean }[] }[];
    };
    expect(body.grants).toHaveLength(1);
    const [grant] = body.grants;
    expect(grant!.description).toMatch(/^Voorbeelddata: /);
    expect(grant!.voorbeelddata).toBe(true);
    expect(grant!.amountAwarded).toBe(4_300_000);
    expect(grant!.recipientOrganization[0]!.id).toMatch(/^360G-ppsmonitor-org-/);
    expect(grant!.recipientOrganization[0]!.name).toMatch(/\(voorbeelddata\)$/);
  });
});

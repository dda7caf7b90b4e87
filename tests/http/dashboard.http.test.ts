import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consortia, indicators, progressReports, reportIndicatorValues } from '../../src/db/schema/index.ts';
import ExcelJS from 'exceljs';
import { approveReport } from '../../src/services/reports/approve-report.ts';
import { addAward, addBudget, addReport, addTargets, createConsortium, createProgramme, type TestProgramme } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

const CHARTS = ['samenstelling', 'doelen', 'actielijnen', 'spreiding', 'sectoren', 'niveaus', 'disciplines'];

/** The CSV of a chart as rows of cells (BOM stripped, ; separated, no quoted separators in these charts). */
// Response.text() drops the BOM (the bytes are checked apart).
function parseCsv(text: string): string[][] {
  return text.trimEnd().split('\r\n').map((line) => line.split(';'));
}

/** The raw values of a chart's HTML table column (data-value attributes), in row order. */
function tableValues(html: string, chart: string, column: number): string[] {
  const table = html.match(new RegExp(`<table[^>]*data-chart="${chart}"[\\s\\S]*?</table>`))?.[0] ?? '';
  return [...table.matchAll(/<tr class="utrecht-table__row">([\s\S]*?)<\/tr>/g)].slice(1).map((row) => {
    const cells = [...(row[1] as string).matchAll(/<td[^>]*data-value="([^"]*)"/g)].map((m) => m[1] as string);
    return cells[column - 1] as string;
  });
}

/** The href of the NL/EN language switch in the page header. */
function languageSwitchHref(html: string): string | undefined {
  return /<a class="utrecht-link pps-header__lang" href="([^"]*)"/.exec(html)?.[1];
}

// Three consortia of our own: Limburg, Utrecht + Groningen, and Amsterdam; awards adding up to € 12 miljoen,
// budgets for 2024–2026, targets and an approved 2024 report each.
const PLACES = [['GM0935', 'GM0935'], ['GM0344', 'GM0014'], ['GM0363']];
const AWARDS = [3_000_000, 4_000_000, 5_000_000];
const BUDGET = { years: [2024, 2025, 2026], amount: 200_000 };

describe.each(DATABASE_KINDS)('dashboard "Diversiteit in beeld" on %s', (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  let programme: TestProgramme;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    app = createTestApp(database.db);
    programme = await createProgramme(database.db);
    for (const [i, ppsAt] of PLACES.entries()) {
      const consortium = await createConsortium(database.db, programme, { ppsAt, sectors: i === 1 ? ['zorg'] : ['energie'] });
      await addAward(database.db, consortium, { awarded: AWARDS[i]!, business: AWARDS[i]! / 2 });
      await addBudget(database.db, programme, consortium.id, BUDGET);
      await addTargets(database.db, programme, consortium.id, { baseline: 100, target: 300 });
      await addReport(database.db, programme, consortium, { year: 2024, status: 'goedgekeurd', value: 150 + i * 10, realised: 150_000 });
    }
  });
  afterAll(() => database?.dispose());

  it('shows every chart with a summary, an image, a table and downloads', async () => {
    const res = await app.request('/dashboard');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const chart of CHARTS) {
      expect(html, chart).toContain(`data-chart="${chart}"`);
      expect(html, chart).toContain(`src="/dashboard/${chart}.svg"`);
      expect(html, chart).toContain(`href="/dashboard/${chart}.csv"`);
    }
    expect(html).toContain('€ 12 miljoen');
    expect(html).toContain('CBS / PDOK, CC BY 4.0');
  });

  it('serves each chart alone as an embeddable SVG and its data as CSV equal to the table', async () => {
    const html = await (await app.request('/dashboard')).text();
    for (const chart of CHARTS) {
      const svg = await app.request(`/dashboard/${chart}.svg`);
      expect(svg.status).toBe(200);
      expect(svg.headers.get('content-type')).toContain('image/svg+xml');
      expect(svg.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(await svg.text()).toMatch(/^<svg role="img" aria-label="[^"]+"/);
      const bytes = new Uint8Array(await (await app.request(`/dashboard/${chart}.csv`)).arrayBuffer());
      expect([...bytes.slice(0, 3)], 'UTF-8 BOM').toEqual([0xef, 0xbb, 0xbf]);
      const csv = parseCsv(new TextDecoder().decode(bytes));
      expect(csv.length - 1, chart).toBe(tableValues(html, chart, 1).length);
      expect(csv.slice(1).map((r) => r[1]), chart).toEqual(tableValues(html, chart, 1));
      // The Excel download holds the same cells as the CSV, numbers as numbers.
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await (await app.request(`/dashboard/${chart}.xlsx`)).arrayBuffer());
      const sheet: string[][] = [];
      // Numbers in the sheet are numbers; the CSV writes them with a decimal comma.
      book.worksheets[0]!.eachRow((row) => sheet.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : typeof v === 'number' ? String(v).replace('.', ',') : String(v)))));
      expect(sheet, chart).toEqual(csv.map((r) => r.map((cell) => cell.replace(/^"|"$/g, ''))));
    }
  });

  it('counts stakeholders as unique organisations across the whole programme', async () => {
    const csv = parseCsv(await (await app.request('/dashboard/samenstelling.csv')).text());
    const total = csv.slice(1).reduce((sum, r) => sum + Number(r[1]), 0);
    const [row] = await database.db.execute(sql`select count(distinct organisation_id)::int as n from memberships`).then((r) => (r as unknown as { rows?: { n: number }[] }).rows ?? (r as unknown as { n: number }[]));
    expect(total).toBe(row?.n);
  });

  it('narrows every figure with a province filter, and the provinces add up', async () => {
    const all = parseCsv(await (await app.request('/dashboard/spreiding.csv')).text()).slice(1);
    const limburg = all.find((r) => r[1] === 'PV31') as string[];
    expect(Number(limburg[3])).toBe(PLACES[0]!.length);
    const filtered = parseCsv(await (await app.request('/dashboard/spreiding.csv?provincie=PV31')).text()).slice(1);
    expect(filtered.find((r) => r[1] === 'PV31')?.[3]).toBe(limburg[3]);
    const ppsTotal = (rows: string[][]) => rows.reduce((s, r) => s + Number(r[3]), 0);
    expect(ppsTotal(filtered)).toBeLessThan(ppsTotal(all));
    const kaart = parseCsv(await (await app.request('/kaart/pps.csv?provincie=PV31')).text()).slice(1);
    expect(kaart.length).toBe(Number(limburg[3]));
    const html = await (await app.request('/dashboard?provincie=PV31')).text();
    expect(html).toContain('href="/dashboard/samenstelling.csv?provincie=PV31"');
    expect(html).toContain('Provincie: Limburg');
  });

  it('keeps the filter when the reader switches language', async () => {
    const nl = await (await app.request('/dashboard?provincie=PV27&jaar=2025')).text();
    expect(languageSwitchHref(nl)).toBe('/en/dashboard?provincie=PV27&amp;jaar=2025');
    const en = await (await app.request('/en/dashboard?provincie=PV27')).text();
    expect(languageSwitchHref(en)).toBe('/dashboard?provincie=PV27');
    expect(languageSwitchHref(await (await app.request('/dashboard')).text())).toBe('/en/dashboard');
  });

  it('narrows the budget to one action line and year', async () => {
    const rows = parseCsv(await (await app.request('/dashboard/actielijnen.csv?actielijn=AL2&jaar=2025')).text()).slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[0]).toMatch(/^AL2 /);
    const [sum] = await database.db.execute(sql`select coalesce(sum(b.planned_amount), 0)::float8 as n from budget_lines b join action_lines a on a.id = b.action_line_id where a.code = 'AL2' and b.year = 2025`)
      .then((r) => (r as unknown as { rows?: { n: number }[] }).rows ?? (r as unknown as { n: number }[]));
    expect(Number(rows[0]?.[3])).toBe(sum?.n);
    expect(sum?.n).toBe(PLACES.length * BUDGET.amount);
  });

  it('answers a bad filter with a Dutch 400 page that names each problem', async () => {
    const res = await app.request('/dashboard?provincie=PV99&jaar=vorig&onzin=1');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Dit filter klopt niet');
    expect(html).toContain('Kies een provincie met haar CBS-code (PV20 tot en met PV31).');
    expect(html).toContain('Dit filter bestaat niet.');
    expect((await app.request('/dashboard/doelen.csv?consortium=bestaat-niet')).status).toBe(400);
    expect((await app.request('/dashboard/onbekend.svg')).status).toBe(404);
  });

  it('names each problem of a bad filter in English on English pages', async () => {
    const res = await app.request('/en/dashboard?provincie=PV99&jaar=1999&onzin=1');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('This filter is not valid');
    expect(html).toContain('Choose a province by its CBS code (PV20 to PV31).');
    expect(html).toContain('Choose a year from 2020.');
    expect(html).toContain('This filter does not exist.');
    expect(html).not.toContain('Kies een');
    const unknown = await (await app.request('/en/kaart?consortium=bestaat-niet')).text();
    expect(unknown).toContain('This consortium does not exist. Choose a consortium from the list.');
    expect(await (await app.request('/en/dashboard/doelen.csv?sector=onzin')).text()).toContain('The filter is not valid.');
  });

  it('counts report values in the goals only once approved, and never mixes years', async () => {
    const all = await database.db.select({ id: consortia.id }).from(consortia);
    const [indicator] = await database.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, 'bedrijven'));
    const realised = async () => parseCsv(await (await app.request('/dashboard/doelen.csv')).text()).find((r) => r[0] === 'Betrokken bedrijven');
    const before = await realised();
    const reports = await database.db.insert(progressReports).values(all.map((c) => ({ consortiumId: c.id, periodYear: 2026, status: 'ingediend' as const })))
      .returning({ id: progressReports.id });
    await database.db.insert(reportIndicatorValues).values(reports.map((r) => ({ reportId: r.id, indicatorId: indicator!.id, breakdown: '', value: 1_000 })));
    expect(await realised()).toEqual(before);
    // Approved through the real use-case: its audit row is what tells the response cache the data changed.
    await approveReport({ db: database.db, actor: programme.office.actor }, { reportId: reports[0]!.id, version: 1 });
    // One consortium's 2026 value is not added to the others' older year.
    expect(await realised()).toEqual(before);
    for (const r of reports.slice(1)) await approveReport({ db: database.db, actor: programme.office.actor }, { reportId: r.id, version: 1 });
    const after = await realised();
    expect(after).not.toEqual(before);
    expect(after!.join(';')).toContain('2026');
  });

  it('lets the page and downloads be revalidated by ETag', async () => {
    for (const path of ['/dashboard', '/dashboard/spreiding.svg?provincie=PV20', '/kaart']) {
      const first = await app.request(path);
      const etag = first.headers.get('etag') as string;
      expect((await app.request(path, { headers: { 'If-None-Match': etag } })).status, path).toBe(304);
    }
  });

  it('shows the network map with a list per province, coloured by sector on request', async () => {
    const html = await (await app.request('/kaart?kleur=sector')).text();
    expect(html).toContain('src="/kaart/kaart.svg?kleur=sector"');
    expect(html).toMatch(/<h3 class="utrecht-heading-3" id="provincie-PV20">Groningen \(1\)<\/h3>/);
    expect(html).toContain('href="/pps/');
    const svg = await (await app.request('/kaart/kaart.svg')).text();
    expect(svg).toContain('<svg role="img"');
    expect((await app.request('/en/kaart')).status).toBe(200);
  });
});

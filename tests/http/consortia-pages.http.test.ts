import { and, asc, count, desc, eq, sql, sum } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, budgetLines, budgetRealisations, consortia, decisions, pps, progressReports } from '../../src/db/schema/index.ts';
import { formatEuro, formatMillionsShort, formatNumber } from '../../src/domain/format.ts';
import { addAward, addBudget, addReport, createConsortium, createProgramme } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"');
/** Text of the row headers' links in the first table body: the names listed. */
const rowLinks = (html: string, prefix: string) =>
  [...(html.match(/<tbody[\s\S]*?<\/tbody>/)?.[0] ?? '').matchAll(new RegExp(`<th[^>]*scope="row"><a class="utrecht-link" href="${prefix}/([^"]+)">([^<]+)</a>`, 'g'))]
    .map((m) => ({ slug: m[1] as string, name: decode(m[2] as string) }));
const figure = (html: string, name: string) => decode(html.match(new RegExp(`data-figure="${name}">([^<]+)<`))?.[1] ?? '');

const PLACES = [Array(12).fill('GM0344'), Array(10).fill('GM0014'), ['GM0363']];
const AWARDS = [6_000_000, 4_500_000, 3_000_000];

describe.each(DATABASE_KINDS)('public consortium and pps pages on %s', (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  const page = async (path: string, status = 200) => {
    const res = await app.request(path);
    expect(res.status, path).toBe(status);
    return res.text();
  };
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    // Some tests write report statuses directly, without the audit row that moves the response cache's generation.
    app = createTestApp(database.db, { RESPONSE_CACHE_SECONDS: '0' });
    // Three consortia of our own with different awards (the lowest unique), more pps'en than one page of 20,
    // budgets, and approved reports with realised spending (two for the first consortium).
    const programme = await createProgramme(database.db);
    for (const [i, ppsAt] of PLACES.entries()) {
      const consortium = await createConsortium(database.db, programme, { ppsAt, companiesPerPps: 1 });
      await addAward(database.db, consortium, { awarded: AWARDS[i]! });
      await addBudget(database.db, programme, consortium.id, { years: [2024, 2025], amount: 150_000 });
      await addReport(database.db, programme, consortium, { year: 2024, status: 'goedgekeurd', value: 20, realised: 60_000 + i * 1_000 });
      if (i === 0) await addReport(database.db, programme, consortium, { year: 2025, status: 'goedgekeurd', value: 30, realised: 70_000 });
    }
  });
  afterAll(() => database?.dispose());

  it('lists every consortium, one h1, with a caption', async () => {
    const html = await page('/consortia');
    expect(rowLinks(html, '/consortia')).toHaveLength(PLACES.length);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain(`Consortia (${PLACES.length})`);
    expect(html).toContain('aria-sort="ascending"');
  });

  it('links both lists to their whole-list CSV and Excel downloads, which exist', async () => {
    for (const list of ['consortia', 'pps']) {
      const html = await page(`/${list}`);
      for (const ext of ['csv', 'xlsx']) {
        expect(html).toContain(`href="/downloads/${list}.${ext}"`);
        expect((await app.request(`/downloads/${list}.${ext}`)).status).toBe(200);
      }
    }
  });

  it('sorts by awarded amount as the decisions in the database say, with aria-sort and a link to turn it round', async () => {
    const awarded = sql<number>`sum(${decisions.awardedAmount})`.mapWith(Number);
    const expected = await database.db.select({ name: consortia.name, awarded }).from(consortia)
      .innerJoin(applications, eq(applications.consortiumId, consortia.id)).innerJoin(decisions, eq(decisions.applicationId, applications.id))
      .where(eq(decisions.outcome, 'toegekend')).groupBy(consortia.id, consortia.name).orderBy(desc(awarded), asc(consortia.name));
    const html = await page('/consortia?sorteer=toegekendBedrag&richting=af');
    expect(rowLinks(html, '/consortia').map((r) => r.name)).toEqual(expected.map((e) => e.name));
    expect(html).toMatch(/aria-sort="descending"><a class="utrecht-link pps-sort-link" href="\/consortia\?sorteer=toegekendBedrag&amp;richting=op"/);
    expect(html).toContain(formatMillionsShort(expected[0]!.awarded, 'nl'));
    const ascending = await page('/consortia?sorteer=toegekendBedrag&richting=op');
    // The lowest award is unique (ties at the maximum are broken by name in both directions).
    expect(rowLinks(ascending, '/consortia')[0]?.name).toBe(expected.at(-1)?.name);
  });

  it('filters consortia by province; the pps list pages add up to the total without repeats', async () => {
    const inUtrecht = rowLinks(await page('/consortia?provincie=PV26'), '/consortia');
    expect(inUtrecht).toHaveLength(1);
    const all = { n: PLACES.flat().length };
    expect(all.n).toBeGreaterThan(20);
    const first = await page('/pps?sorteer=oprichtingsjaar&richting=af');
    expect(first).toContain(`(${formatNumber(all!.n, 'nl')})`);
    const seen: string[] = [];
    for (let p = 1; p <= Math.ceil(all!.n / 20); p++) {
      const html = await page(`/pps?sorteer=oprichtingsjaar&richting=af&pagina=${p}`);
      expect(html).toContain(`(${formatNumber(all!.n, 'nl')})`);
      seen.push(...rowLinks(html, '/pps').map((r) => r.slug));
    }
    expect(seen).toHaveLength(all!.n);
    expect(new Set(seen).size).toBe(all!.n);
  });

  it('shows a profile whose figures equal the API and whose budget equals its budget lines', async () => {
    const [c] = await database.db.select({ id: consortia.id, slug: consortia.slug }).from(consortia).orderBy(desc(consortia.id)).limit(1);
    const html = await page(`/consortia/${c!.slug}`);
    const api = (await (await app.request(`/api/v1/consortia/${c!.id}`)).json()) as { toegekendBedrag: number; aantalPps: number; aantalPartners: number };
    expect(figure(html, 'toegekendBedrag')).toBe(formatEuro(api.toegekendBedrag, 'nl'));
    expect(figure(html, 'aantalPps')).toBe(formatNumber(api.aantalPps, 'nl'));
    expect(figure(html, 'aantalPartners')).toBe(formatNumber(api.aantalPartners, 'nl'));
    const [planned] = await database.db.select({ total: sum(budgetLines.plannedAmount).mapWith(Number) }).from(budgetLines).where(eq(budgetLines.consortiumId, c!.id));
    expect(figure(html, 'begroot')).toBe(formatEuro(planned!.total, 'nl'));
    const [n] = await database.db.select({ n: count() }).from(pps).where(eq(pps.consortiumId, c!.id));
    expect(rowLinks(html, '/pps')).toHaveLength(n!.n);
    expect(html).toContain('href="/dashboard?provincie=PV');
    expect(html).toContain('voorbeelddata');
  });

  it('counts realised spending of approved reports only: returning a report takes its amounts out', async () => {
    const [report] = await database.db
      .select({ id: progressReports.id, slug: consortia.slug, consortiumId: consortia.id, amount: sum(budgetRealisations.amount).mapWith(Number) })
      .from(budgetRealisations).innerJoin(progressReports, eq(progressReports.id, budgetRealisations.reportId))
      .innerJoin(consortia, eq(consortia.id, progressReports.consortiumId))
      .where(eq(progressReports.status, 'goedgekeurd')).groupBy(progressReports.id, consortia.slug, consortia.id).orderBy(progressReports.id).limit(1);
    expect(report?.amount).toBeGreaterThan(0);
    const realised = async () => figure(await page(`/consortia/${report!.slug}`), 'gerealiseerd');
    const [approved] = await database.db.select({ total: sum(budgetRealisations.amount).mapWith(Number) }).from(budgetRealisations)
      .innerJoin(progressReports, eq(progressReports.id, budgetRealisations.reportId))
      .where(and(eq(progressReports.consortiumId, report!.consortiumId), eq(progressReports.status, 'goedgekeurd')));
    expect(await realised()).toBe(formatEuro(approved!.total, 'nl'));
    try {
      await database.db.update(progressReports).set({ status: 'teruggestuurd' }).where(eq(progressReports.id, report!.id));
      expect(await realised()).toBe(formatEuro(approved!.total - report!.amount, 'nl'));
    } finally {
      await database.db.update(progressReports).set({ status: 'goedgekeurd' }).where(eq(progressReports.id, report!.id));
    }
    expect(await realised()).toBe(formatEuro(approved!.total, 'nl'));
  });

  it('shows a pps with its consortium, place and organisations by role', async () => {
    const [p] = await database.db.select({ slug: pps.slug, name: pps.name, consortium: consortia.name }).from(pps)
      .innerJoin(consortia, eq(consortia.id, pps.consortiumId)).orderBy(pps.id).limit(1);
    const html = decode(await page(`/pps/${p!.slug}`));
    expect(html).toContain(`<h1 class="utrecht-heading-1">${p!.name}</h1>`);
    expect(html).toContain(p!.consortium);
    expect(html).toContain('<caption class="utrecht-table__caption">Penvoerder</caption>');
    expect(html).toContain('aria-current="page"');
  });

  it('answers an unknown slug with a 404 page and a bad sort key or filter with a Dutch 400 page', async () => {
    expect(await page('/consortia/bestaat-niet', 404)).toContain('Consortium bestaat-niet bestaat niet.');
    await page('/pps/bestaat-niet', 404);
    const bad = decode(await page('/consortia?sorteer=budget', 400));
    expect(bad).toContain('sortering (sorteer): Moet een van deze waarden zijn: naam, aantalPps, toegekendBedrag, aantalPartners.');
    expect(decode(await page('/pps?status=gestopt&pagina=0', 400))).toMatch(/pagina: Moet minimaal 1 zijn\..*status: Moet een van deze waarden zijn/s);
    expect(await page('/en/consortia?richting=omhoog', 400)).toContain('direction (richting)');
  });

  it('serves the pages in English under /en', async () => {
    const list = await page('/en/consortia');
    expect(list).toContain('<html lang="en"');
    expect(list).toContain('Awarded amount');
    const [c] = rowLinks(list, '/en/consortia');
    const profile = await page(`/en/consortia/${c!.slug}`);
    expect(profile).toContain('Budget and spending');
    expect(profile).toContain('href="/en/dashboard?provincie=PV');
    expect(await page('/en/pps')).toContain('Public-private partnerships');
  });

  it('lets the pages be cached and revalidated by ETag', async () => {
    for (const path of ['/consortia', '/pps?pagina=2', '/en/consortia']) {
      const first = await app.request(path);
      expect(first.headers.get('cache-control'), path).toContain('public');
      const again = await app.request(path, { headers: { 'If-None-Match': first.headers.get('etag') as string } });
      expect(again.status, path).toBe(304);
    }
  });
});

import { and, count, eq, ne } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, consortia, progressReports, reportIndicatorValues } from '../../src/db/schema/index.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';
import { getAllPages, getChecked, invalidNames, loadDocument, type Doc } from './contract.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe.each(DATABASE_KINDS)('targets, realisations and budgets in the API on %s', (kind) => {
  let database: TestDatabase;
  let app: Hono;
  let doc: Doc;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: true });
    app = createTestApp(database.db);
    doc = await loadDocument(app);
  });
  afterAll(() => database?.dispose());

  describe('/doelen', () => {
    it('200: targets add up to the published ambition (companies 10.000 → 30.000)', async () => {
      const items = await getAllPages(app, doc, '/doelen', '/doelen?indicator=bedrijven&paginaGrootte=10', 'doelen');
      const [consortiumCount] = await database.db.select({ n: count() }).from(consortia);
      expect(items).toHaveLength(consortiumCount?.n ?? -1);
      expect(sum(items.map((t) => t.basiswaarde))).toBe(10_000);
      expect(sum(items.map((t) => t.streefwaarde))).toBe(30_000);
      const one = await getChecked(app, doc, '/doelen', `/doelen?consortium=${items[0].consortium.id}&sorteer=-streefwaarde`);
      expect(new Set(one._embedded.doelen.map((t: { consortium: { id: number } }) => t.consortium.id))).toEqual(new Set([items[0].consortium.id]));
      const values = one._embedded.doelen.map((t: { streefwaarde: number }) => t.streefwaarde);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    });

    it('400: lists every invalid parameter', async () => {
      const body = await getChecked(app, doc, '/doelen', '/doelen?consortium=nul&indicator=Bedrijven!&sorteer=naam', 400);
      expect(invalidNames(body)).toEqual(['consortium', 'indicator', 'sorteer']);
    });
  });

  describe('/realisaties', () => {
    it('200: only values of approved reports count, and approving a report adds its values', async () => {
      const approvedValues = () => database.db.select({ n: count() }).from(reportIndicatorValues)
        .innerJoin(progressReports, eq(progressReports.id, reportIndicatorValues.reportId)).where(eq(progressReports.status, 'goedgekeurd'));
      const [expected] = await approvedValues();
      const all = await getChecked(app, doc, '/realisaties', '/realisaties?paginaGrootte=1');
      expect(all.totaal).toBe(expected?.n);
      const [pending] = await database.db.select({ id: progressReports.id, consortiumId: progressReports.consortiumId, year: progressReports.periodYear })
        .from(progressReports).where(eq(progressReports.status, 'ingediend')).limit(1);
      const url = `/realisaties?consortium=${pending?.consortiumId}&jaar=${pending?.year}`;
      expect((await getChecked(app, doc, '/realisaties', url)).totaal).toBe(0);
      await database.db.update(progressReports).set({ status: 'goedgekeurd' }).where(eq(progressReports.id, pending!.id));
      try {
        const [rows] = await database.db.select({ n: count() }).from(reportIndicatorValues).where(eq(reportIndicatorValues.reportId, pending!.id));
        expect((await getChecked(app, doc, '/realisaties', url)).totaal).toBe(rows?.n);
      } finally {
        await database.db.update(progressReports).set({ status: 'ingediend' }).where(eq(progressReports.id, pending!.id));
      }
    });

    it('200: filters totals or one breakdown per indicator and year', async () => {
      const totals = await getAllPages(app, doc, '/realisaties', '/realisaties?indicator=bedrijven&jaar=2024&uitsplitsing=geen&paginaGrootte=100', 'realisaties');
      const split = await getAllPages(app, doc, '/realisaties', '/realisaties?indicator=bedrijven&jaar=2024&uitsplitsing=omvang&paginaGrootte=100', 'realisaties');
      expect(totals.every((r) => r.uitsplitsing === null && r.categorie === null && r.jaar === 2024)).toBe(true);
      expect(split.every((r) => r.uitsplitsing === 'omvang' && ['mkb', 'groot'].includes(r.categorie))).toBe(true);
      expect(split).toHaveLength(totals.length * 2);
      expect(sum(split.map((r) => r.waarde))).toBe(sum(totals.map((r) => r.waarde)));
    });

    it('400: lists every invalid parameter', async () => {
      const body = await getChecked(app, doc, '/realisaties', '/realisaties?jaar=1800&uitsplitsing=Niveau&sorteer=-datum&paginaGrootte=0', 400);
      expect(invalidNames(body)).toEqual(['jaar', 'paginaGrootte', 'sorteer', 'uitsplitsing']);
    });
  });

  describe('/begrotingen', () => {
    it('200: the planned NGF subsidy adds up to the awarded € 123 miljoen, page by page', async () => {
      const lines = await getAllPages(app, doc, '/begrotingen', '/begrotingen?bron=ngf_subsidie&paginaGrootte=100', 'begrotingen');
      const [expected] = await database.db.select({ n: count() }).from(budgetLines).where(eq(budgetLines.source, 'ngf_subsidie'));
      expect(lines).toHaveLength(expected?.n ?? -1);
      expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
      expect(sum(lines.map((l) => l.begroot))).toBe(123_000_000);
    });

    it('200: realisation only where the report of that year is approved', async () => {
      const lines = await getAllPages(app, doc, '/begrotingen', '/begrotingen?actielijn=AL1&bron=bedrijfsleven&paginaGrootte=100', 'begrotingen');
      const approved = await database.db.select({ consortiumId: progressReports.consortiumId, year: progressReports.periodYear })
        .from(progressReports).where(eq(progressReports.status, 'goedgekeurd'));
      const isApproved = (l: { consortium: { id: number }; jaar: number }) => approved.some((a) => a.consortiumId === l.consortium.id && a.year === l.jaar);
      expect(lines.filter((l) => l.gerealiseerd !== null).length).toBe(lines.filter(isApproved).length);
      for (const l of lines) expect(l.gerealiseerd === null, `${l.consortium.naam} ${l.jaar}`).toBe(!isApproved(l));
      const [notApproved] = await database.db.select({ n: count() }).from(progressReports).where(ne(progressReports.status, 'goedgekeurd'));
      expect(notApproved?.n).toBeGreaterThan(0);
    });

    it('200: filters by consortium, action line and year together', async () => {
      const [line] = await database.db.select({ consortiumId: budgetLines.consortiumId }).from(budgetLines).limit(1);
      const [expected] = await database.db.select({ n: count() }).from(budgetLines)
        .where(and(eq(budgetLines.consortiumId, line!.consortiumId), eq(budgetLines.year, 2025)));
      const body = await getChecked(app, doc, '/begrotingen', `/begrotingen?consortium=${line?.consortiumId}&jaar=2025&paginaGrootte=100&sorteer=-begroot`);
      expect(body.totaal).toBe(expected?.n);
      const amounts = body._embedded.begrotingen.map((l: { begroot: number }) => l.begroot);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    });

    it('400: lists every invalid parameter', async () => {
      const body = await getChecked(app, doc, '/begrotingen', '/begrotingen?bron=subsidie&actielijn=AL%201&jaar=twintig&consortium=-3', 400);
      expect(invalidNames(body)).toEqual(['actielijn', 'bron', 'consortium', 'jaar']);
    });
  });
});

import { eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressReports } from '../../src/db/schema/index.ts';
import { addBudget, addReport, addTargets, createConsortium, createProgramme, type TestConsortium, type TestProgramme } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';
import { getAllPages, getChecked, invalidNames, loadDocument, type Doc } from './contract.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// Two consortia of our own: targets, an NGF budget for 2024–2025 (and business cofinancing in 2025), an approved
// 2024 report each, and for the first a 2025 report that is submitted but not approved.
const TARGETS = [{ baseline: 100, target: 300 }, { baseline: 40, target: 90 }];
const NGF = { years: [2024, 2025], amount: 100_000 };
const BUSINESS = { years: [2025], amount: 40_000, source: 'bedrijfsleven' } as const;
const APPROVED_2024 = [{ value: 150, realised: 90_000 }, { value: 60, realised: 70_000 }];

describe.each(DATABASE_KINDS)('targets, realisations and budgets in the API on %s', (kind) => {
  let database: TestDatabase;
  let app: Hono;
  let doc: Doc;
  let programme: TestProgramme;
  let made: TestConsortium[];
  /** Rows in /realisaties per report: a total per indicator and one per breakdown category. */
  let valuesPerReport: number;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    app = createTestApp(database.db);
    const db = database.db;
    programme = await createProgramme(db);
    valuesPerReport = sum(programme.indicators.map((i) => 1 + sum(i.disaggregations.map((d) => d.categories.length))));
    made = [];
    for (const [i, target] of TARGETS.entries()) {
      const consortium = await createConsortium(db, programme, { ppsAt: ['GM0344'] });
      made.push(consortium);
      await addTargets(db, programme, consortium.id, target);
      await addBudget(db, programme, consortium.id, NGF);
      await addBudget(db, programme, consortium.id, BUSINESS);
      await addReport(db, programme, consortium, { year: 2024, status: 'goedgekeurd', ...APPROVED_2024[i]! });
    }
    await addReport(db, programme, made[0]!, { year: 2025, status: 'ingediend', value: 200, realised: 95_000 });
    doc = await loadDocument(app);
  });
  afterAll(() => database?.dispose());

  describe('/doelen', () => {
    it('200: targets add up to the consortia\'s baselines and targets', async () => {
      const items = await getAllPages(app, doc, '/doelen', '/doelen?indicator=bedrijven&paginaGrootte=1', 'doelen');
      expect(items).toHaveLength(made.length);
      expect(sum(items.map((t) => t.basiswaarde))).toBe(sum(TARGETS.map((t) => t.baseline)));
      expect(sum(items.map((t) => t.streefwaarde))).toBe(sum(TARGETS.map((t) => t.target)));
      const one = await getChecked(app, doc, '/doelen', `/doelen?consortium=${made[1]!.id}&sorteer=-streefwaarde`);
      expect(one.totaal).toBe(programme.indicators.length);
      expect(new Set(one._embedded.doelen.map((t: { consortium: { id: number } }) => t.consortium.id))).toEqual(new Set([made[1]!.id]));
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
      // A consortium of this test's own with a submitted report on a year no other test reads.
      const consortium = await createConsortium(database.db, programme, { ppsAt: ['GM0014'] });
      const pending = await addReport(database.db, programme, consortium, { year: 2026, status: 'ingediend', value: 5 });
      const all = await getChecked(app, doc, '/realisaties', '/realisaties?paginaGrootte=1');
      expect(all.totaal).toBe(APPROVED_2024.length * valuesPerReport);
      const url = `/realisaties?consortium=${consortium.id}&jaar=2026`;
      expect((await getChecked(app, doc, '/realisaties', url)).totaal).toBe(0);
      await database.db.update(progressReports).set({ status: 'goedgekeurd' }).where(eq(progressReports.id, pending));
      try {
        expect((await getChecked(app, doc, '/realisaties', url)).totaal).toBe(valuesPerReport);
      } finally {
        await database.db.update(progressReports).set({ status: 'ingediend' }).where(eq(progressReports.id, pending));
      }
    });

    it('200: filters totals or one breakdown per indicator and year', async () => {
      const totals = await getAllPages(app, doc, '/realisaties', '/realisaties?indicator=bedrijven&jaar=2024&uitsplitsing=geen&paginaGrootte=100', 'realisaties');
      const split = await getAllPages(app, doc, '/realisaties', '/realisaties?indicator=bedrijven&jaar=2024&uitsplitsing=omvang&paginaGrootte=1', 'realisaties');
      expect(totals).toHaveLength(APPROVED_2024.length);
      expect(totals.every((r) => r.uitsplitsing === null && r.categorie === null && r.jaar === 2024)).toBe(true);
      expect(split.every((r) => r.uitsplitsing === 'omvang' && ['mkb', 'groot'].includes(r.categorie))).toBe(true);
      expect(split).toHaveLength(totals.length * 2);
      expect(sum(totals.map((r) => r.waarde))).toBe(sum(APPROVED_2024.map((r) => r.value)));
      expect(sum(split.map((r) => r.waarde))).toBe(sum(totals.map((r) => r.waarde)));
    });

    it('400: lists every invalid parameter', async () => {
      const body = await getChecked(app, doc, '/realisaties', '/realisaties?jaar=1800&uitsplitsing=Niveau&sorteer=-datum&paginaGrootte=0', 400);
      expect(invalidNames(body)).toEqual(['jaar', 'paginaGrootte', 'sorteer', 'uitsplitsing']);
    });
  });

  describe('/begrotingen', () => {
    it('200: the planned NGF subsidy adds up to what was budgeted, page by page', async () => {
      const lines = await getAllPages(app, doc, '/begrotingen', '/begrotingen?bron=ngf_subsidie&paginaGrootte=3', 'begrotingen');
      const cells = made.length * NGF.years.length * programme.actionLines.length;
      expect(lines).toHaveLength(cells);
      expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
      expect(sum(lines.map((l) => l.begroot))).toBe(cells * NGF.amount);
    });

    it('200: realisation only where the report of that year is approved', async () => {
      const lines = await getAllPages(app, doc, '/begrotingen', '/begrotingen?actielijn=AL1&bron=ngf_subsidie&paginaGrootte=100', 'begrotingen');
      expect(lines).toHaveLength(made.length * NGF.years.length);
      const isApproved = (l: { jaar: number }) => l.jaar === 2024;
      for (const l of lines) expect(l.gerealiseerd === null, `${l.consortium.naam} ${l.jaar}`).toBe(!isApproved(l));
      const realised = lines.filter(isApproved).map((l) => [l.consortium.id, l.gerealiseerd]);
      expect(realised.sort()).toEqual(made.map((c, i) => [c.id, APPROVED_2024[i]!.realised]).sort());
      // The first consortium's 2025 report is submitted, not approved: its realisation does not show.
      expect(lines.find((l) => l.consortium.id === made[0]!.id && l.jaar === 2025)?.gerealiseerd).toBeNull();
    });

    it('200: filters by consortium, action line and year together', async () => {
      const body = await getChecked(app, doc, '/begrotingen', `/begrotingen?consortium=${made[0]!.id}&jaar=2025&paginaGrootte=100&sorteer=-begroot`);
      expect(body.totaal).toBe(2 * programme.actionLines.length);
      const amounts = body._embedded.begrotingen.map((l: { begroot: number }) => l.begroot);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      expect(amounts[0]).toBe(NGF.amount);
      expect(amounts.at(-1)).toBe(BUSINESS.amount);
      const oneLine = await getChecked(app, doc, '/begrotingen', `/begrotingen?consortium=${made[0]!.id}&actielijn=AL2&jaar=2025`);
      expect(oneLine.totaal).toBe(2);
    });

    it('400: lists every invalid parameter', async () => {
      const body = await getChecked(app, doc, '/begrotingen', '/begrotingen?bron=subsidie&actielijn=AL%201&jaar=twintig&consortium=-3', 400);
      expect(invalidNames(body)).toEqual(['actielijn', 'bron', 'consortium', 'jaar']);
    });
  });
});

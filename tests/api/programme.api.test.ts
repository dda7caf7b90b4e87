import { asc, count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionLines, indicators, municipalities, provinces, sectors } from '../../src/db/schema/index.ts';
import { formatMillions, formatNumber, formatPercent, type Locale } from '../../src/domain/format.ts';
import { getProgrammeFigures } from '../../src/services/figures/get-programme-figures.ts';
import { addAward, createConsortium, createProgramme } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';
import { getAllPages, getChecked, invalidNames, loadDocument, type Doc } from './contract.ts';

// Two awarded consortia of our own give the key figures something to add up; the code lists are the real ones.
const AWARDS = [{ awarded: 6_500_000, business: 2_000_000 }, { awarded: 4_250_000, business: 1_500_000 }];

describe.each(DATABASE_KINDS)('programme resources of the API on %s', (kind) => {
  let database: TestDatabase;
  let app: Hono;
  let doc: Doc;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    app = createTestApp(database.db);
    const programme = await createProgramme(database.db);
    for (const award of AWARDS) await addAward(database.db, await createConsortium(database.db, programme, { ppsAt: ['GM0344'] }), award);
    doc = await loadDocument(app);
  });
  afterAll(() => database?.dispose());
  const rowCount = async (table: PgTable) => (await database.db.select({ n: count() }).from(table))[0]?.n ?? -1;

  describe('/kerncijfers', () => {
    it('200: the figures the service computes, the same ones the home page shows in both languages', async () => {
      const body = await getChecked(app, doc, '/kerncijfers', '/kerncijfers');
      expect(body).toEqual(await getProgrammeFigures({ db: database.db, actor: null }));
      expect(body.toegekendBedrag).toBe(AWARDS.reduce((sum, a) => sum + a.awarded, 0));
      expect(body.aantalGehonoreerd).toBe(AWARDS.length);
      for (const [locale, path] of [['nl', '/'], ['en', '/en']] as [Locale, string][]) {
        const html = await (await app.request(path)).text();
        const millions = ['toegekendBedrag', 'cofinancieringBedrijfsleven', 'totaleInvestering', 'laagsteToekenning', 'hoogsteToekenning',
          'gemiddeldeToekenning', 'aangevraagdBedrag', 'budgetplafond'] as const;
        for (const key of millions) expect(html, `${locale} ${key}`).toContain(formatMillions(body[key], locale));
        for (const key of ['aandeelTotaleKosten', 'matchingAandeel'] as const) expect(html, `${locale} ${key}`).toContain(formatPercent(body[key], locale));
        for (const key of ['aantalAanvragen', 'aantalGehonoreerd'] as const) expect(html, `${locale} ${key}`).toContain(`>${formatNumber(body[key], locale)}<`);
      }
    });

    it('400: lists every unknown parameter', async () => {
      const body = await getChecked(app, doc, '/kerncijfers', '/kerncijfers?jaar=2024&pagina=1', 400);
      expect(invalidNames(body)).toEqual(['jaar', 'pagina']);
    });
  });

  describe('/indicatoren', () => {
    it('200: every indicator of the programme in its order, with breakdowns', async () => {
      const body = await getChecked(app, doc, '/indicatoren', '/indicatoren');
      expect(body.totaal).toBe(await rowCount(indicators));
      const list = body._embedded.indicatoren;
      expect(list.map((i: { positie: number }) => i.positie)).toEqual([...list.map((i: { positie: number }) => i.positie)].sort((a, b) => a - b));
      expect(list.find((i: { code: string }) => i.code === 'bedrijven').uitsplitsingen[0].categorieen).toEqual(['mkb', 'groot']);
    });

    it('400: lists every invalid parameter', async () => {
      const body = await getChecked(app, doc, '/indicatoren', '/indicatoren?pagina=0&paginaGrootte=101', 400);
      expect(body.invalidParams).toEqual([
        { name: 'pagina', reason: 'Moet minimaal 1 zijn.' },
        { name: 'paginaGrootte', reason: 'Mag maximaal 100 zijn.' },
      ]);
    });
  });

  describe('/indicatoren/{code}', () => {
    it('200: one indicator by code, equal to its entry in the list', async () => {
      const list = await getChecked(app, doc, '/indicatoren', '/indicatoren');
      const one = await getChecked(app, doc, '/indicatoren/{code}', '/indicatoren/werkzoekenden');
      expect(one).toEqual(list._embedded.indicatoren.find((i: { code: string }) => i.code === 'werkzoekenden'));
    });

    it('400: a code with characters a code never has', async () => {
      expect(invalidNames(await getChecked(app, doc, '/indicatoren/{code}', '/indicatoren/Bedrijven!', 400))).toEqual(['code']);
    });

    it('404: an unknown code', async () => {
      const body = await getChecked(app, doc, '/indicatoren/{code}', '/indicatoren/onbekend', 404);
      expect(body.detail).toContain('onbekend');
    });
  });

  describe('code lists and action lines', () => {
    it('200: /actielijnen, /provincies and /sectoren hold every row, over as many pages as needed', async () => {
      const lines = await getAllPages(app, doc, '/actielijnen', '/actielijnen?paginaGrootte=2', 'actielijnen');
      const codes = await database.db.select({ code: actionLines.code }).from(actionLines).orderBy(asc(actionLines.position));
      expect(lines.map((l) => l.code)).toEqual(codes.map((c) => c.code));
      const provinceList = await getAllPages(app, doc, '/provincies', '/provincies?paginaGrootte=5', 'provincies');
      expect(provinceList).toHaveLength(await rowCount(provinces));
      expect(provinceList[0]).toEqual({ code: 'PV20', naam: 'Groningen' });
      const sectorList = await getAllPages(app, doc, '/sectoren', '/sectoren', 'sectoren');
      expect(sectorList).toHaveLength(await rowCount(sectors));
      expect(sectorList.filter((s) => s.topsector).length).toBeGreaterThan(0);
      const places = await getAllPages(app, doc, '/gemeenten', '/gemeenten?paginaGrootte=10', 'gemeenten');
      expect(places).toHaveLength(await rowCount(municipalities));
      expect(places.find((m) => m.naam === 'Groningen')).toEqual({ code: 'GM0014', naam: 'Groningen', provincie: 'PV20' });
    });

    it('400: each code list lists its invalid parameters', async () => {
      for (const path of ['/actielijnen', '/provincies', '/gemeenten', '/sectoren']) {
        expect(invalidNames(await getChecked(app, doc, path, `${path}?pagina=een&sorteer=naam`, 400)), path).toEqual(['pagina', 'sorteer']);
      }
    });
  });

  describe('/openapi.json', () => {
    it('200: the document, served with open CORS', async () => {
      const res = await app.request('/api/v1/openapi.json');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect((await getChecked(app, doc, '/openapi.json', '/openapi.json')).openapi).toBe('3.0.3');
    });

    it('400: unknown parameters', async () => {
      expect(invalidNames(await getChecked(app, doc, '/openapi.json', '/openapi.json?format=yaml', 400))).toEqual(['format']);
    });
  });
});

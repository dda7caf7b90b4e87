import { and, count, eq, sql, sum } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, budgetLines, consortia, decisions, pps, ppsProvinces } from '../../src/db/schema/index.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';
import { getAllPages, getChecked, invalidNames, loadDocument, type Doc } from './contract.ts';

describe.each(DATABASE_KINDS)('/consortia and /pps on %s', (kind) => {
  let database: TestDatabase;
  let app: Hono;
  let doc: Doc;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: true });
    app = createTestApp(database.db);
    doc = await loadDocument(app);
  });
  afterAll(() => database?.dispose());

  const awards = () => database.db
    .select({ id: applications.consortiumId, amount: decisions.awardedAmount })
    .from(decisions).innerJoin(applications, eq(applications.id, decisions.applicationId))
    .where(eq(decisions.outcome, 'toegekend'));

  it('200: the 15 consortia, sorted by awarded amount as the decisions in the database say', async () => {
    const body = await getChecked(app, doc, '/consortia', '/consortia?sorteer=-toegekendBedrag,naam');
    expect(body.totaal).toBe(15);
    expect(body._embedded.consortia).toHaveLength(15);
    const expected = new Map((await awards()).map((a) => [a.id, a.amount]));
    for (const c of body._embedded.consortia) expect(c.toegekendBedrag, c.naam).toBe(expected.get(c.id));
    const amounts = body._embedded.consortia.map((c: { toegekendBedrag: number }) => c.toegekendBedrag);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(amounts.reduce((s: number, a: number) => s + a, 0)).toBe(123_000_000);
  });

  it('200: filters by province and sector; an empty page is a list, not an error', async () => {
    const byProvince = await getAllPages(app, doc, '/consortia', '/consortia?provincie=PV26', 'consortia');
    expect(byProvince.length).toBeGreaterThan(0);
    for (const c of byProvince) expect(c.provincies.map((p: { code: string }) => p.code)).toContain('PV26');
    const energy = await getAllPages(app, doc, '/consortia', '/consortia?sector=energie&paginaGrootte=5', 'consortia');
    for (const c of energy) expect(c.sectoren.map((s: { code: string }) => s.code)).toContain('energie');
    expect((await getChecked(app, doc, '/consortia', '/consortia?pagina=9')).totaal).toBe(15);
  });

  it('200: one consortium whose budget adds up to its budget lines and whose pps list matches its count', async () => {
    const [first] = (await getChecked(app, doc, '/consortia', '/consortia?sorteer=-aantalPps&paginaGrootte=1'))._embedded.consortia;
    const body = await getChecked(app, doc, '/consortia/{id}', `/consortia/${first.id}`);
    const [planned] = await database.db.select({ total: sum(budgetLines.plannedAmount).mapWith(Number) }).from(budgetLines).where(eq(budgetLines.consortiumId, first.id));
    expect(body.begroting.begroot).toBe(planned?.total);
    expect(body.begroting.perActielijn.reduce((s: number, l: { begroot: number }) => s + l.begroot, 0)).toBe(planned?.total);
    expect(body.partnersPerSoort.reduce((s: number, t: { aantal: number }) => s + t.aantal, 0)).toBe(body.aantalPartners);
    const { beschrijving, beschrijvingEngels, onderwijsniveaus, opleidingsdomeinen, partnersPerSoort, begroting, doelen, ...summary } = body;
    expect(beschrijvingEngels).toBeNull();
    expect(summary).toEqual(first);
    const ppsList = await getAllPages(app, doc, '/consortia/{id}/pps', `/consortia/${first.id}/pps?paginaGrootte=7`, 'pps');
    const [n] = await database.db.select({ n: count() }).from(pps).where(eq(pps.consortiumId, first.id));
    expect(ppsList).toHaveLength(n?.n ?? -1);
    expect(ppsList).toHaveLength(body.aantalPps);
    for (const p of ppsList) expect(p.consortium.id).toBe(first.id);
  });

  it('200: pages of /pps have consistent totals and filters match the database', async () => {
    const [all] = await database.db.select({ n: count() }).from(pps);
    const items = await getAllPages(app, doc, '/pps', '/pps?paginaGrootte=100&sorteer=-oprichtingsjaar', 'pps');
    expect(items).toHaveLength(all?.n ?? -1);
    expect(new Set(items.map((p) => p.id)).size).toBe(all?.n);
    const [inUtrecht] = await database.db.select({ n: count() }).from(ppsProvinces)
      .innerJoin(pps, eq(pps.id, ppsProvinces.ppsId)).where(and(eq(ppsProvinces.provinceCode, 'PV26'), eq(pps.status, 'actief')));
    expect((await getChecked(app, doc, '/pps', '/pps?provincie=PV26&status=actief')).totaal).toBe(inUtrecht?.n);
    const [firstConsortium] = await database.db.select({ id: consortia.id }).from(consortia).orderBy(consortia.id).limit(1);
    const body = await getChecked(app, doc, '/pps', `/pps?consortium=${firstConsortium?.id}&sorteer=-aantalPartners`);
    const partners = body._embedded.pps.map((p: { aantalPartners: number }) => p.aantalPartners);
    expect(partners).toEqual([...partners].sort((a, b) => b - a));
  });

  it('200: one pps with its members, lead partner first', async () => {
    const [p] = await database.db.select({ id: pps.id }).from(pps).orderBy(sql`${pps.id} desc`).limit(1);
    const body = await getChecked(app, doc, '/pps/{id}', `/pps/${p?.id}`);
    expect(body.organisaties[0].rol).toBe('penvoerder');
    expect(body.organisaties).toHaveLength(body.aantalPartners);
    expect(body.partnersPerSoort.reduce((s: number, t: { aantal: number }) => s + t.aantal, 0)).toBe(body.aantalPartners);
  });

  it('400: lists every invalid parameter, with a Dutch reason', async () => {
    const body = await getChecked(app, doc, '/consortia', '/consortia?sorteer=budget&provincie=PV99&sector=vis', 400);
    expect(invalidNames(body)).toEqual(['provincie', 'sector', 'sorteer']);
    expect(body.invalidParams.find((p: { name: string }) => p.name === 'sorteer').reason).toContain('Sorteer op naam, aantalPps, toegekendBedrag, aantalPartners');
    expect(invalidNames(await getChecked(app, doc, '/pps', '/pps?status=gestopt&consortium=x', 400))).toEqual(['consortium', 'status']);
    expect(invalidNames(await getChecked(app, doc, '/consortia/{id}', '/consortia/abc', 400))).toEqual(['id']);
    expect(invalidNames(await getChecked(app, doc, '/pps/{id}', '/pps/0', 400))).toEqual(['id']);
  });

  it('404: an unknown consortium or pps, also for the pps of an unknown consortium', async () => {
    expect((await getChecked(app, doc, '/consortia/{id}', '/consortia/9999', 404)).detail).toBe('Consortium 9999 bestaat niet.');
    await getChecked(app, doc, '/consortia/{id}/pps', '/consortia/9999/pps', 404);
    expect((await getChecked(app, doc, '/pps/{id}', '/pps/999999', 404)).detail).toBe('Pps 999999 bestaat niet.');
  });
});

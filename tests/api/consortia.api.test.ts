import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAward, addBudget, createConsortium, createPps, createProgramme, type TestConsortium } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';
import { getAllPages, getChecked, invalidNames, loadDocument, type Doc } from './contract.ts';

// Three consortia of our own: Utrecht (energy, three pps'en, one with more partners), Groningen (care),
// and Utrecht + Amsterdam (energy and care). The tests only read.
const AWARDS = [5_000_000, 3_000_000, 4_000_000];
const BUDGET = { years: [2024, 2025], amount: 100_000 };

describe.each(DATABASE_KINDS)('/consortia and /pps on %s', (kind) => {
  let database: TestDatabase;
  let app: Hono;
  let doc: Doc;
  let made: TestConsortium[];
  let actionLineCount: number;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    app = createTestApp(database.db);
    const db = database.db;
    const programme = await createProgramme(db);
    actionLineCount = programme.actionLines.length;
    const utrecht = await createConsortium(db, programme, { ppsAt: ['GM0344', 'GM0344'] });
    const busiest = await createPps(db, {
      consortiumId: utrecht.id, municipalityCode: 'GM0344', sectors: ['energie'], leadOrganisationId: utrecht.leadOrganisationId,
      companies: 4, label: `${utrecht.id}-drukst`,
    });
    utrecht.pps.push(busiest);
    const groningen = await createConsortium(db, programme, { ppsAt: ['GM0014'], sectors: ['zorg'] });
    const both = await createConsortium(db, programme, { ppsAt: ['GM0344', 'GM0363'], sectors: ['energie', 'zorg'], companiesPerPps: 1 });
    made = [utrecht, groningen, both];
    for (const [i, consortium] of made.entries()) await addAward(db, consortium, { awarded: AWARDS[i]! });
    await addBudget(db, programme, utrecht.id, BUDGET);
    doc = await loadDocument(app);
  });
  afterAll(() => database?.dispose());

  it('200: every consortium, sorted by awarded amount as the decisions say', async () => {
    const body = await getChecked(app, doc, '/consortia', '/consortia?sorteer=-toegekendBedrag,naam');
    expect(body.totaal).toBe(made.length);
    expect(body._embedded.consortia).toHaveLength(made.length);
    const expected = new Map(made.map((c, i) => [c.id, AWARDS[i]]));
    for (const c of body._embedded.consortia) expect(c.toegekendBedrag, c.naam).toBe(expected.get(c.id));
    const amounts = body._embedded.consortia.map((c: { toegekendBedrag: number }) => c.toegekendBedrag);
    expect(amounts).toEqual([...AWARDS].sort((a, b) => b - a));
    expect(amounts.reduce((s: number, a: number) => s + a, 0)).toBe(AWARDS.reduce((s, a) => s + a, 0));
  });

  it('200: filters by province and sector; an empty page is a list, not an error', async () => {
    const byProvince = await getAllPages(app, doc, '/consortia', '/consortia?provincie=PV26', 'consortia');
    expect(byProvince.map((c) => c.id).sort()).toEqual([made[0]!.id, made[2]!.id].sort());
    for (const c of byProvince) expect(c.provincies.map((p: { code: string }) => p.code)).toContain('PV26');
    const energy = await getAllPages(app, doc, '/consortia', '/consortia?sector=energie&paginaGrootte=1', 'consortia');
    expect(energy.map((c) => c.id).sort()).toEqual([made[0]!.id, made[2]!.id].sort());
    for (const c of energy) expect(c.sectoren.map((s: { code: string }) => s.code)).toContain('energie');
    const empty = await getChecked(app, doc, '/consortia', '/consortia?pagina=9');
    expect(empty.totaal).toBe(made.length);
    expect(empty._embedded.consortia).toEqual([]);
  });

  it('200: one consortium whose budget adds up to its budget lines and whose pps list matches its count', async () => {
    const [first] = (await getChecked(app, doc, '/consortia', '/consortia?sorteer=-aantalPps&paginaGrootte=1'))._embedded.consortia;
    const utrecht = made[0]!;
    expect(first.id).toBe(utrecht.id);
    const body = await getChecked(app, doc, '/consortia/{id}', `/consortia/${first.id}`);
    const planned = BUDGET.years.length * actionLineCount * BUDGET.amount;
    expect(body.begroting.begroot).toBe(planned);
    expect(body.begroting.perActielijn.reduce((s: number, l: { begroot: number }) => s + l.begroot, 0)).toBe(planned);
    expect(body.partnersPerSoort.reduce((s: number, t: { aantal: number }) => s + t.aantal, 0)).toBe(body.aantalPartners);
    const { beschrijving, beschrijvingEngels, onderwijsniveaus, opleidingsdomeinen, partnersPerSoort, begroting, doelen, ...summary } = body;
    expect(beschrijvingEngels).toBeNull();
    expect(summary).toEqual(first);
    const ppsList = await getAllPages(app, doc, '/consortia/{id}/pps', `/consortia/${first.id}/pps?paginaGrootte=2`, 'pps');
    expect(ppsList.map((p) => p.id).sort()).toEqual(utrecht.pps.map((p) => p.id).sort());
    expect(ppsList).toHaveLength(body.aantalPps);
    for (const p of ppsList) expect(p.consortium.id).toBe(first.id);
  });

  it('200: pages of /pps have consistent totals and filters match what was made', async () => {
    const all = made.flatMap((c) => c.pps);
    const items = await getAllPages(app, doc, '/pps', '/pps?paginaGrootte=2&sorteer=-oprichtingsjaar', 'pps');
    expect(items).toHaveLength(all.length);
    expect(new Set(items.map((p) => p.id))).toEqual(new Set(all.map((p) => p.id)));
    const inUtrecht = all.filter((p) => p.provinceCode === 'PV26');
    expect((await getChecked(app, doc, '/pps', '/pps?provincie=PV26&status=actief')).totaal).toBe(inUtrecht.length);
    const body = await getChecked(app, doc, '/pps', `/pps?consortium=${made[0]!.id}&sorteer=-aantalPartners`);
    const partners = body._embedded.pps.map((p: { aantalPartners: number }) => p.aantalPartners);
    expect(partners).toEqual([5, 3, 3]);
  });

  it('200: one pps with its members, lead partner first', async () => {
    const busiest = made[0]!.pps.at(-1)!;
    const body = await getChecked(app, doc, '/pps/{id}', `/pps/${busiest.id}`);
    expect(body.naam).toBe(busiest.name);
    expect(body.organisaties[0].rol).toBe('penvoerder');
    expect(body.organisaties[0].id).toBe(made[0]!.leadOrganisationId);
    expect(body.aantalPartners).toBe(5);
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

import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsortium, createOrganisation, createProgramme, type TestConsortium } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';
import { getAllPages, getChecked, invalidNames, loadDocument, type Doc } from './contract.ts';

const PUBLIC_FIELDS = ['aantalPps', 'brinCode', 'gemeente', 'grootte', 'id', 'kvkNummer', 'naam', 'oin', 'onderwijsniveau', 'overheidsniveau',
  'provincie', 'soort', 'voorbeelddata', 'website'];

// Our own organisations: a consortium with two pps'en in Utrecht (a school in both, two companies each),
// one in Groningen (a school, one company), and a few without pps: a large company, two governments and two
// universities of applied sciences. Tests only read.
const UTRECHT_COMPANIES_PER_PPS = 2;
const EXTRA = [
  { kind: 'bedrijf', companySize: 'groot', provinceCode: 'PV26', name: 'Groot Installatiebedrijf BV' },
  { kind: 'overheid', governmentLevel: 'gemeente', name: 'Gemeente Zeist' },
  { kind: 'overheid', governmentLevel: 'provincie', name: 'Provincie Utrecht' },
  { kind: 'onderwijsinstelling', educationLevel: 'hbo', name: 'Hogeschool Utrecht' },
  { kind: 'onderwijsinstelling', educationLevel: 'hbo', name: 'Christelijke hogeschool Ede' },
] as const;

describe.each(DATABASE_KINDS)('/organisaties on %s', (kind) => {
  let database: TestDatabase;
  let app: Hono;
  let doc: Doc;
  let utrecht: TestConsortium;
  let total: number;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    app = createTestApp(database.db);
    const programme = await createProgramme(database.db);
    utrecht = await createConsortium(database.db, programme, { ppsAt: ['GM0344', 'GM0344'], companiesPerPps: UTRECHT_COMPANIES_PER_PPS });
    await createConsortium(database.db, programme, { ppsAt: ['GM0014'], companiesPerPps: 1 });
    for (const organisation of EXTRA) await createOrganisation(database.db, organisation);
    total = (1 + 2 * UTRECHT_COMPANIES_PER_PPS) + (1 + 1) + EXTRA.length;
    doc = await loadDocument(app);
  });
  afterAll(() => database?.dispose());

  it('200: pages of public fields only, with totals and links that keep the filters', async () => {
    const first = await getChecked(app, doc, '/organisaties', '/organisaties?paginaGrootte=4');
    expect(first.totaal).toBe(total);
    expect(first.aantalPaginas).toBe(Math.ceil(total / 4));
    expect(first._embedded.organisaties).toHaveLength(4);
    for (const o of first._embedded.organisaties) expect(Object.keys(o).sort()).toEqual(PUBLIC_FIELDS);
    expect(JSON.stringify(first)).not.toMatch(/@|email|e-mail/i);
    expect(first._links.prev).toBeUndefined();
    const second = await getChecked(app, doc, '/organisaties', first._links.next.href.replace('/api/v1', ''));
    expect(second.pagina).toBe(2);
    expect(second._links.prev.href).toBe('/api/v1/organisaties?paginaGrootte=4&pagina=1');
    const ids = new Set([...first._embedded.organisaties, ...second._embedded.organisaties].map((o: { id: number }) => o.id));
    expect(ids.size).toBe(8);
  });

  it('200: filters by kind, size and province, matching what was made', async () => {
    const items = await getAllPages(app, doc, '/organisaties', '/organisaties?soort=bedrijf&grootte=mkb&provincie=PV26&paginaGrootte=3', 'organisaties');
    expect(items).toHaveLength(2 * UTRECHT_COMPANIES_PER_PPS);
    for (const o of items) expect([o.soort, o.grootte, o.provincie.code]).toEqual(['bedrijf', 'mkb', 'PV26']);
  });

  it('200: searches names case-insensitively, taking wildcards literally', async () => {
    expect((await getChecked(app, doc, '/organisaties', '/organisaties?naam=HOGESCHOOL')).totaal).toBe(2);
    expect((await getChecked(app, doc, '/organisaties', '/organisaties?naam=%25%25')).totaal).toBe(0);
  });

  it('200: sorts by any documented field, descending with a minus', async () => {
    const byPps = (await getChecked(app, doc, '/organisaties', '/organisaties?sorteer=-aantalPps&paginaGrootte=50'))._embedded.organisaties;
    const counts = byPps.map((o: { aantalPps: number }) => o.aantalPps);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(byPps[0].id).toBe(utrecht.leadOrganisationId);
    expect(counts[0]).toBe(utrecht.pps.length);
    expect(counts.at(-1)).toBe(0);
    // Name order is the database's collation; descending must be ascending reversed.
    const names = async (sort: string) => (await getAllPages(app, doc, '/organisaties', `/organisaties?soort=overheid&paginaGrootte=1&sorteer=${sort}`, 'organisaties'))
      .map((o: { naam: string }) => o.naam);
    const ascending = await names('soort,naam');
    expect(ascending).toEqual(['Gemeente Zeist', 'Provincie Utrecht']);
    expect(await names('soort,-naam')).toEqual([...ascending].reverse());
  });

  it('400: lists every invalid parameter at once, with a Dutch reason', async () => {
    const body = await getChecked(app, doc, '/organisaties',
      '/organisaties?pagina=-1&paginaGrootte=abc&sorteer=email&soort=school&grootte=klein&onderwijsniveau=vo&provincie=PV99&naam=x&contact=1', 400);
    expect(invalidNames(body)).toEqual(['contact', 'grootte', 'naam', 'onderwijsniveau', 'pagina', 'paginaGrootte', 'provincie', 'soort', 'sorteer']);
    expect(body.detail).toBe('9 parameters zijn ongeldig.');
    const reason = (name: string) => body.invalidParams.find((p: { name: string }) => p.name === name).reason;
    expect(reason('soort')).toBe('Moet een van deze waarden zijn: onderwijsinstelling, bedrijf, overheid, kennisinstelling, branche, overig.');
    expect(reason('naam')).toBe('Moet minimaal 2 tekens lang zijn.');
    expect(reason('paginaGrootte')).toBe('Moet een geheel getal zijn.');
  });

  describe('/organisaties/{id}', () => {
    it('200: one organisation with its memberships, counted as made', async () => {
      const body = await getChecked(app, doc, '/organisaties/{id}', `/organisaties/${utrecht.leadOrganisationId}`);
      expect(body.id).toBe(utrecht.leadOrganisationId);
      expect(body.aantalPps).toBe(utrecht.pps.length);
      expect(body.lidmaatschappen).toHaveLength(utrecht.pps.length);
      const listed = await getChecked(app, doc, '/organisaties', `/organisaties?naam=${encodeURIComponent(body.naam)}`);
      const { lidmaatschappen, ...summary } = body;
      expect(listed._embedded.organisaties).toContainEqual(summary);
    });

    it('400: an id that is not a positive whole number', async () => {
      for (const id of ['abc', '0', '1.5']) {
        expect(invalidNames(await getChecked(app, doc, '/organisaties/{id}', `/organisaties/${id}`, 400)), id).toEqual(['id']);
      }
    });

    it('404: an id that does not exist', async () => {
      const body = await getChecked(app, doc, '/organisaties/{id}', '/organisaties/99999999', 404);
      expect(body).toMatchObject({ status: 404, title: 'Niet gevonden', detail: 'Organisatie 99999999 bestaat niet.', instance: '/api/v1/organisaties/99999999' });
    });
  });
});

import { and, count, countDistinct, desc, eq, ilike } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, organisations } from '../../src/db/schema/index.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';
import { getAllPages, getChecked, invalidNames, loadDocument, type Doc } from './contract.ts';

const PUBLIC_FIELDS = ['aantalPps', 'brinCode', 'gemeente', 'grootte', 'id', 'kvkNummer', 'naam', 'oin', 'onderwijsniveau', 'overheidsniveau',
  'provincie', 'soort', 'voorbeelddata', 'website'];

describe.each(DATABASE_KINDS)('/organisaties on %s', (kind) => {
  let database: TestDatabase;
  let app: Hono;
  let doc: Doc;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: true });
    app = createTestApp(database.db);
    doc = await loadDocument(app);
  });
  afterAll(() => database?.dispose());

  it('200: pages of public fields only, with totals and links that keep the filters', async () => {
    const [all] = await database.db.select({ n: count() }).from(organisations);
    const first = await getChecked(app, doc, '/organisaties', '/organisaties?paginaGrootte=25');
    expect(first.totaal).toBe(all?.n);
    expect(first.aantalPaginas).toBe(Math.ceil((all?.n ?? 0) / 25));
    expect(first._embedded.organisaties).toHaveLength(25);
    for (const o of first._embedded.organisaties) expect(Object.keys(o).sort()).toEqual(PUBLIC_FIELDS);
    expect(JSON.stringify(first)).not.toMatch(/@|email|e-mail/i);
    expect(first._links.prev).toBeUndefined();
    const second = await getChecked(app, doc, '/organisaties', first._links.next.href.replace('/api/v1', ''));
    expect(second.pagina).toBe(2);
    expect(second._links.prev.href).toBe('/api/v1/organisaties?paginaGrootte=25&pagina=1');
    const ids = new Set([...first._embedded.organisaties, ...second._embedded.organisaties].map((o: { id: number }) => o.id));
    expect(ids.size).toBe(50);
  });

  it('200: filters by kind, size and province, matching a count made in the database', async () => {
    const where = and(eq(organisations.kind, 'bedrijf'), eq(organisations.companySize, 'mkb'), eq(organisations.provinceCode, 'PV26'));
    const [expected] = await database.db.select({ n: count() }).from(organisations).where(where);
    const items = await getAllPages(app, doc, '/organisaties', '/organisaties?soort=bedrijf&grootte=mkb&provincie=PV26&paginaGrootte=100', 'organisaties');
    expect(items).toHaveLength(expected?.n ?? -1);
    expect(items.length).toBeGreaterThan(0);
    for (const o of items) expect([o.soort, o.grootte, o.provincie.code]).toEqual(['bedrijf', 'mkb', 'PV26']);
  });

  it('200: searches names case-insensitively, taking wildcards literally', async () => {
    const [expected] = await database.db.select({ n: count() }).from(organisations).where(ilike(organisations.name, '%hogeschool%'));
    expect((await getChecked(app, doc, '/organisaties', '/organisaties?naam=HOGESCHOOL')).totaal).toBe(expected?.n);
    expect((await getChecked(app, doc, '/organisaties', '/organisaties?naam=%25%25')).totaal).toBe(0);
  });

  it('200: sorts by any documented field, descending with a minus', async () => {
    const byPps = (await getChecked(app, doc, '/organisaties', '/organisaties?sorteer=-aantalPps&paginaGrootte=50'))._embedded.organisaties;
    const counts = byPps.map((o: { aantalPps: number }) => o.aantalPps);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts.at(-1));
    // Name order is the database's collation; descending must be ascending reversed.
    const names = async (sort: string) => (await getAllPages(app, doc, '/organisaties', `/organisaties?soort=overheid&paginaGrootte=100&sorteer=${sort}`, 'organisaties'))
      .map((o: { naam: string }) => o.naam);
    const ascending = await names('soort,naam');
    expect(ascending.length).toBeGreaterThan(1);
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
    it('200: one organisation with its memberships, counted as in the database', async () => {
      const [busiest] = await database.db
        .select({ id: memberships.organisationId, pps: countDistinct(memberships.ppsId), rows: count() })
        .from(memberships).groupBy(memberships.organisationId).orderBy(desc(count()), memberships.organisationId).limit(1);
      const body = await getChecked(app, doc, '/organisaties/{id}', `/organisaties/${busiest?.id}`);
      expect(body.id).toBe(busiest?.id);
      expect(body.aantalPps).toBe(busiest?.pps);
      expect(body.lidmaatschappen).toHaveLength(busiest?.rows ?? -1);
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

import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/db/schema/index.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

describe.each(DATABASE_KINDS)('open data downloads on %s', (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: true });
    app = createTestApp(database.db);
  });
  afterAll(() => database?.dispose());

  it('offers the full public dataset as JSON with the same figures as the API', async () => {
    const res = await app.request('/downloads/pps-monitor.json');
    expect(res.status).toBe(200);
    const data = (await res.json()) as { kerncijfers: { toegekendBedrag: number }; consortia: unknown[]; organisaties: unknown[] };
    const api = (await (await app.request('/api/v1/kerncijfers')).json()) as { toegekendBedrag: number };
    expect(data.kerncijfers.toegekendBedrag).toBe(api.toegekendBedrag);
    expect(data.consortia).toHaveLength(15);
    const count = (await database.db.select({ id: organisations.id }).from(organisations)).length;
    expect(data.organisaties).toHaveLength(count);
    expect(JSON.stringify(data.organisaties)).not.toMatch(/@voorbeeld\.nl/);
  });

  it('offers a ZIP with one CSV per table and a README, formulas neutralised', async () => {
    const [org] = await database.db.insert(organisations).values({ name: '=HYPERLINK("http://kwaad.example")', kind: 'overig' }).returning({ id: organisations.id });
    const res = await app.request('/downloads/pps-monitor-csv.zip');
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['README.md', 'actielijnen.csv', 'begrotingen.csv', 'consortia.csv', 'doelen.csv', 'indicatoren.csv', 'kerncijfers.csv', 'organisaties.csv', 'pps.csv', 'realisaties.csv']);
    const consortia = strFromU8(files['consortia.csv'] as Uint8Array).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(consortia).toHaveLength(16);
    const orgs = strFromU8(files['organisaties.csv'] as Uint8Array);
    expect(orgs).toContain(`"'=HYPERLINK(""http://kwaad.example"")"`);
    expect(orgs).not.toMatch(/(^|;)=HYPERLINK/m);
    expect(org).toBeDefined();
  });

  it('publishes the honoured grants in the 360Giving standard, adding up to the awarded total', async () => {
    const body = (await (await app.request('/downloads/360giving.json')).json()) as { grants: { id: string; currency: string; amountAwarded: number; awardDate: string; recipientOrganization: { name: string }[] }[] };
    expect(body.grants).toHaveLength(15);
    expect(body.grants.reduce((s, g) => s + g.amountAwarded, 0)).toBe(123_000_000);
    for (const g of body.grants) {
      expect(g.id).toMatch(/^360G-ppsmonitor-/);
      expect(g.currency).toBe('EUR');
      expect(g.awardDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(g.recipientOrganization[0]?.name).toBeTruthy();
    }
  });

  it('describes the datasets and the API in DCAT-AP-NL, with working download URLs', async () => {
    const res = await app.request('http://localhost/downloads/dcat.jsonld');
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    const catalog = (await res.json()) as { '@type': string; 'dcat:dataset': { 'dcat:distribution': { 'dcat:downloadURL': string }[] }[]; 'dcat:service': { 'dcat:endpointURL': string }[] };
    expect(catalog['@type']).toBe('dcat:Catalog');
    for (const d of catalog['dcat:dataset'][0]!['dcat:distribution']) {
      expect((await app.request(new URL(d['dcat:downloadURL']).pathname)).status, d['dcat:downloadURL']).toBe(200);
    }
    expect(catalog['dcat:service'][0]?.['dcat:endpointURL']).toBe('http://localhost/api/v1');
    const page = await (await app.request('/open-data')).text();
    expect(page).toContain('href="/downloads/dcat.jsonld"');
    // Every download the page links to exists: lists, dataset files and the import templates.
    const links = [...page.matchAll(/href="(\/downloads\/[^"]+)"/g)].map((m) => m[1]!);
    expect(links).toContain('/downloads/sjablonen/begrotingen.xlsx');
    for (const link of links) expect((await app.request(link)).status, link).toBe(200);
  });
});

describe.each(DATABASE_KINDS)('export and import round trip into %s', (kind) => {
  it('imports the exported organisations list, as CSV and as XLSX, into empty databases with the same names and identifiers', async () => {
    const { commitOrganisationImport } = await import('../../src/services/imports/import-organisations.ts');
    const { users } = await import('../../src/db/schema/index.ts');
    const source = await createTestDatabase('pglite', { demo: true });
    const pick = async (db: TestDatabase['db']) => (await db.select({ name: organisations.name, kvk: organisations.kvkNumber, brin: organisations.brinCode, kind: organisations.kind }).from(organisations))
      .map((o) => `${o.name}|${o.kvk}|${o.brin}|${o.kind}`).sort();
    try {
      for (const ext of ['csv', 'xlsx']) {
        const target = await createTestDatabase(kind);
        try {
          const exported = new Uint8Array(await (await createTestApp(source.db).request(`/downloads/organisaties.${ext}`)).arrayBuffer());
          const [office] = await target.db.insert(users).values({ email: 'bureau@voorbeeld.nl', name: 'Bureau' }).returning({ id: users.id });
          await commitOrganisationImport({ db: target.db, actor: { userId: office!.id, roles: [{ role: 'programmabureau', consortiumId: null }] } }, exported);
          expect(await pick(target.db), ext).toEqual(await pick(source.db));
        } finally {
          await target.dispose();
        }
      }
    } finally {
      await source.dispose();
    }
  }, 240_000); // Two imports of some thousands of organisations into fresh databases: slow on a busy 2-core machine.
});

import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, users } from '../../src/db/schema/index.ts';
import { commitOrganisationImport } from '../../src/services/imports/import-organisations.ts';
import { inRollback } from '../helpers/in-rollback.ts';
import { addAward, addBudget, addReport, addTargets, createConsortium, createOrganisation, createProgramme, } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// A small published programme: two awarded consortia with budgets, targets and an approved report, and a few
// organisations of every kind, some with KvK or BRIN numbers.
const AWARDS = [7_500_000, 4_000_000];

async function createPublishedProgramme(db: TestDatabase['db']) {
  const programme = await createProgramme(db);
  for (const awarded of AWARDS) {
    const consortium = await createConsortium(db, programme, { ppsAt: ['GM0344', 'GM0014'], companiesPerPps: 1 });
    await addAward(db, consortium, { awarded, business: awarded / 2 });
    await addBudget(db, programme, consortium.id, { years: [2024, 2025], amount: awarded / 10 });
    await addTargets(db, programme, consortium.id, { baseline: 10, target: 40 });
    await addReport(db, programme, consortium, { year: 2024, status: 'goedgekeurd', value: 20, realised: 50_000 });
  }
  await createOrganisation(db, { kind: 'onderwijsinstelling', name: 'Hogeschool Voorbeeldstad', educationLevel: 'hbo', brinCode: '99ZZ' });
  await createOrganisation(db, { kind: 'overheid', name: 'Gemeente Voorbeeldstad', governmentLevel: 'gemeente' });
  await createOrganisation(db, { kind: 'bedrijf', name: 'Grootbedrijf; met "puntkomma" BV', companySize: 'groot' });
  await createOrganisation(db, { kind: 'kennisinstelling', name: 'Kennisinstituut Zonder Nummer' });
  return programme;
}

describe.each(DATABASE_KINDS)('open data downloads on %s', (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    app = createTestApp(database.db);
    await createPublishedProgramme(database.db);
  });
  afterAll(() => database?.dispose());

  it('offers the full public dataset as JSON with the same figures as the API', async () => {
    const res = await app.request('/downloads/pps-monitor.json');
    expect(res.status).toBe(200);
    const data = (await res.json()) as { kerncijfers: { toegekendBedrag: number }; consortia: unknown[]; organisaties: unknown[] };
    const api = (await (await app.request('/api/v1/kerncijfers')).json()) as { toegekendBedrag: number };
    expect(data.kerncijfers.toegekendBedrag).toBe(api.toegekendBedrag);
    expect(data.kerncijfers.toegekendBedrag).toBe(AWARDS[0]! + AWARDS[1]!);
    expect(data.consortia).toHaveLength(AWARDS.length);
    const count = (await database.db.select({ id: organisations.id }).from(organisations)).length;
    expect(data.organisaties).toHaveLength(count);
    expect(JSON.stringify(data)).not.toMatch(/@test\.example/);
  });

  it('offers a ZIP with one CSV per table and a README, formulas neutralised', async () => {
    // The formula-like name is written in a transaction that is rolled back, so no other test exports it.
    await inRollback(database.db, async (tx) => {
      await tx.insert(organisations).values({ name: '=HYPERLINK("http://kwaad.example")', kind: 'overig' });
      const res = await createTestApp(tx).request('/downloads/pps-monitor-csv.zip');
      expect(res.headers.get('content-type')).toBe('application/zip');
      const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
      expect(Object.keys(files).sort()).toEqual(['README.md', 'actielijnen.csv', 'begrotingen.csv', 'consortia.csv', 'doelen.csv', 'indicatoren.csv', 'kerncijfers.csv', 'organisaties.csv', 'pps.csv', 'realisaties.csv']);
      const consortia = strFromU8(files['consortia.csv'] as Uint8Array).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      expect(consortia).toHaveLength(1 + AWARDS.length);
      const orgs = strFromU8(files['organisaties.csv'] as Uint8Array);
      expect(orgs).toContain(`"'=HYPERLINK(""http://kwaad.example"")"`);
      expect(orgs).not.toMatch(/(^|;)=HYPERLINK/m);
    });
  });

  it('publishes the honoured grants in the 360Giving standard, adding up to the awarded total', async () => {
    const body = (await (await app.request('/downloads/360giving.json')).json()) as { grants: { id: string; currency: string; amountAwarded: number; awardDate: string; recipientOrganization: { name: string }[] }[] };
    expect(body.grants).toHaveLength(AWARDS.length);
    expect(body.grants.reduce((s, g) => s + g.amountAwarded, 0)).toBe(AWARDS[0]! + AWARDS[1]!);
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

  // The export of this file's database imported into one empty database, once per format; each import is rolled
  // back, so the second meets an empty database too. (Creating a database is what took this test 20-70 s.)
  it('imports the exported organisations list, as CSV and as XLSX, into an empty database with the same names and identifiers', async () => {
    const pick = async (db: TestDatabase['db']) => (await db.select({ name: organisations.name, kvk: organisations.kvkNumber, brin: organisations.brinCode, kind: organisations.kind }).from(organisations))
      .map((o) => `${o.name}|${o.kvk}|${o.brin}|${o.kind}`).sort();
    const expected = await pick(database.db);
    const target = await createTestDatabase(kind);
    try {
      for (const ext of ['csv', 'xlsx']) {
        const exported = new Uint8Array(await (await app.request(`/downloads/organisaties.${ext}`)).arrayBuffer());
        await inRollback(target.db, async (tx) => {
          expect(await pick(tx), ext).toEqual([]);
          const [office] = await tx.insert(users).values({ email: 'bureau@test.example', name: 'Bureau' }).returning({ id: users.id });
          await commitOrganisationImport({ db: tx, actor: { userId: office!.id, roles: [{ role: 'programmabureau', consortiumId: null }] } }, exported);
          expect(await pick(tx), ext).toEqual(expected);
        });
      }
    } finally {
      await target.dispose();
    }
  });
});

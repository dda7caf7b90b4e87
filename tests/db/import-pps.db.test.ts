import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pps, ppsLevels, ppsProvinces, ppsSectors } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/services/context.ts';
import { commitPpsImport, previewPpsImport } from '../../src/services/imports/import-pps.ts';
import { createConsortium, createProgramme, type TestProgramme } from '../helpers/factories.ts';
import { csv, importFixture } from '../helpers/import-fixtures.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { refusedWithoutWriting as refused } from '../helpers/import-refusal.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Each test makes its own consortium; the fixture's consortium and pps codes are replaced by the test's.
describe.each(DATABASE_KINDS)("importing pps'en on %s", (kind) => {
  let database: TestDatabase;
  let programme: TestProgramme;
  const office = () => programme.office.actor;
  const bySlug = async (slug: string) => (await database.db.select({ id: pps.id, name: pps.name, foundedYear: pps.foundedYear, municipalityCode: pps.municipalityCode, description: pps.description, consortiumId: pps.consortiumId, version: pps.version, latitude: pps.latitude })
    .from(pps).where(eq(pps.slug, slug)))[0];
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    programme = await createProgramme(database.db);
  });
  afterAll(() => database?.dispose());

  const refusedWithoutWriting = (actor: Actor, bytes: Uint8Array) => refused(database.db, commitPpsImport, actor, bytes);

  it('creates a new pps at its municipality and updates an existing one by its code, for the own coordinator', async () => {
    const c = await createConsortium(database.db, programme);
    const existing = c.pps[0]!;
    const file = importFixture('pps-komma-utf8.csv', {
      'energieke-regio-noord': c.slug, 'practoraat-energietransitie-groningen': existing.slug, 'Practoraat Energietransitie Groningen': existing.name,
    });
    const before = (await bySlug(existing.slug))!;
    const preview = await previewPpsImport({ db: database.db, actor: c.coordinator.actor }, file);
    expect(preview).toEqual({
      create: [{ line: 2, name: `Waterstofwerkplaats Eemshaven (${c.slug})` }],
      update: [{ line: 3, name: `${existing.name} (${c.slug})` }],
      refused: [],
    });
    await commitPpsImport({ db: database.db, actor: c.coordinator.actor }, file);
    const created = (await bySlug('waterstofwerkplaats-eemshaven'))!;
    expect(created).toMatchObject({ name: 'Waterstofwerkplaats Eemshaven', foundedYear: 2024, municipalityCode: 'GM0014', consortiumId: c.id, description: 'Leren aan waterstof in de haven.' });
    expect(created.latitude).not.toBeNull();
    const sectors = await database.db.select({ code: ppsSectors.sectorCode }).from(ppsSectors).where(eq(ppsSectors.ppsId, created.id));
    expect(sectors.map((s) => s.code).sort()).toEqual(['energie', 'installatie']);
    const levels = await database.db.select({ level: ppsLevels.level }).from(ppsLevels).where(eq(ppsLevels.ppsId, created.id));
    expect(levels.map((l) => l.level).sort()).toEqual(['hbo', 'mbo']);
    expect(await database.db.select({ code: ppsProvinces.provinceCode }).from(ppsProvinces).where(eq(ppsProvinces.ppsId, created.id))).toEqual([{ code: 'PV20' }]);
    expect(await bySlug(existing.slug)).toMatchObject({ foundedYear: 2016, municipalityCode: 'GM0014', description: 'Onderzoek en onderwijs, samen met 40 bedrijven.', version: before.version + 1 });
    // Imported again: nothing to do, and the new pps is matched by its name instead of being doubled.
    expect(await previewPpsImport({ db: database.db, actor: office() }, file)).toEqual({ create: [], update: [], refused: [] });
  });

  it('reads its own pps export back, as CSV and as XLSX, as changing nothing; an edited cell is one update', async () => {
    const c = await createConsortium(database.db, programme);
    const app = createTestApp(database.db);
    for (const ext of ['csv', 'xlsx']) {
      const exported = new Uint8Array(await (await app.request(`/downloads/pps.${ext}`)).arrayBuffer());
      expect(await previewPpsImport({ db: database.db, actor: office() }, exported), ext).toEqual({ create: [], update: [], refused: [] });
    }
    const csvText = new TextDecoder().decode(new Uint8Array(await (await app.request('/downloads/pps.csv')).arrayBuffer()));
    expect(csvText).toContain(`;${c.pps[1]!.name};`);
    const edited = csvText.replace(`;${c.pps[1]!.name};`, ';Fieldlab Circulair Bouwen Utrecht;');
    const preview = await previewPpsImport({ db: database.db, actor: office() }, csv(edited));
    expect(preview.update.map((u) => u.name)).toEqual([`Fieldlab Circulair Bouwen Utrecht (${c.slug})`]);
    expect(preview.create).toEqual([]);
  });

  it('reads an Excel sheet with a real date cell for the founding date', async () => {
    const c = await createConsortium(database.db, programme);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Pps'en");
    sheet.addRow(['Naam', 'Consortium', 'Oprichtingsdatum', 'Plaats', 'Niveaus']);
    sheet.addRow(['Excel Leerfabriek', c.slug, new Date(Date.UTC(2021, 8, 1)), 'Groningen', 'mbo']);
    const preview = await previewPpsImport({ db: database.db, actor: office() }, new Uint8Array(await book.xlsx.writeBuffer()));
    expect(preview).toEqual({ create: [{ line: 2, name: `Excel Leerfabriek (${c.slug})` }], update: [], refused: [] });
  });

  it("refuses unknown codes, another consortium's pps, bad cells and missing columns, writing nothing", async () => {
    const c = await createConsortium(database.db, programme);
    const other = await createConsortium(database.db, programme);
    const file = csv([
      'consortium;naam;code;opgericht;gemeente;niveaus',
      `${c.slug};Onbekende pps;bestaat-niet;2020;Groningen;mbo`,
      `${other.slug};Nieuwe pps Delft;;2020;Groningen;mbo`,
      `${c.slug};Zonder gemeente;;2020;Atlantis;mbo`,
      `${c.slug};Goede pps;;2020;Groningen;mbo`,
    ].join('\n'));
    expect(await refusedWithoutWriting(c.coordinator.actor, file)).toEqual([
      `regel 2, code: Consortium "${c.slug}" heeft geen pps met de code "bestaat-niet". Laat de kolom leeg voor een nieuwe pps.`,
      `regel 3, consortium: U mag geen gegevens inlezen voor consortium "${other.slug}".`,
      'regel 4, gemeente: Onbekende gemeente "Atlantis". Kies een naam of CBS-code uit /api/v1/gemeenten.',
    ]);
    expect(await refusedWithoutWriting(office(), csv(`consortium;naam;gemeente\n${c.slug};Half;Groningen\n`))).toEqual([
      'regel 1, opgericht: De kolom "opgericht" ontbreekt.',
      'regel 1, niveaus: De kolom "niveaus" ontbreekt.',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pps, ppsLevels, ppsProvinces, ppsSectors } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/services/context.ts';
import { commitPpsImport, previewPpsImport } from '../../src/services/imports/import-pps.ts';
import { coordinatorOf, OFFICE } from '../helpers/actors.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { refusedWithoutWriting as refused } from '../helpers/import-refusal.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
const csv = (text: string) => new TextEncoder().encode(text);

describe.each(DATABASE_KINDS)("importing pps'en on %s", (kind) => {
  let database: TestDatabase;
  const bySlug = async (slug: string) => (await database.db.select({ id: pps.id, name: pps.name, foundedYear: pps.foundedYear, municipalityCode: pps.municipalityCode, description: pps.description, consortiumId: pps.consortiumId, version: pps.version, latitude: pps.latitude })
    .from(pps).where(eq(pps.slug, slug)))[0];
  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: true });
  });
  afterAll(() => database?.dispose());

  const refusedWithoutWriting = (actor: Actor, bytes: Uint8Array) => refused(database.db, commitPpsImport, actor, bytes);

  it('creates a new pps at its municipality and updates an existing one by its code, for the own coordinator', async () => {
    const file = fixture('pps-komma-utf8.csv');
    const existing = (await bySlug('practoraat-energietransitie-groningen'))!;
    const preview = await previewPpsImport({ db: database.db, actor: coordinatorOf(1) }, file);
    expect(preview).toEqual({
      create: [{ line: 2, name: 'Waterstofwerkplaats Eemshaven (energieke-regio-noord)' }],
      update: [{ line: 3, name: 'Practoraat Energietransitie Groningen (energieke-regio-noord)' }],
      refused: [],
    });
    await commitPpsImport({ db: database.db, actor: coordinatorOf(1) }, file);
    const created = (await bySlug('waterstofwerkplaats-eemshaven'))!;
    expect(created).toMatchObject({ name: 'Waterstofwerkplaats Eemshaven', foundedYear: 2024, municipalityCode: 'GM0014', consortiumId: 1, description: 'Leren aan waterstof in de haven.' });
    expect(created.latitude).not.toBeNull();
    const sectors = await database.db.select({ code: ppsSectors.sectorCode }).from(ppsSectors).where(eq(ppsSectors.ppsId, created.id));
    expect(sectors.map((s) => s.code).sort()).toEqual(['energie', 'installatie']);
    const levels = await database.db.select({ level: ppsLevels.level }).from(ppsLevels).where(eq(ppsLevels.ppsId, created.id));
    expect(levels.map((l) => l.level).sort()).toEqual(['hbo', 'mbo']);
    expect(await database.db.select({ code: ppsProvinces.provinceCode }).from(ppsProvinces).where(eq(ppsProvinces.ppsId, created.id))).toEqual([{ code: 'PV20' }]);
    expect(await bySlug('practoraat-energietransitie-groningen')).toMatchObject({ foundedYear: 2016, description: 'Onderzoek en onderwijs, samen met 40 bedrijven.', version: existing.version + 1 });
    // Imported again: nothing to do, and the new pps is matched by its name instead of being doubled.
    expect(await previewPpsImport({ db: database.db, actor: OFFICE }, file)).toEqual({ create: [], update: [], refused: [] });
  });

  it('reads its own pps export back, as CSV and as XLSX, as changing nothing; an edited cell is one update', async () => {
    const app = createTestApp(database.db);
    for (const ext of ['csv', 'xlsx']) {
      const exported = new Uint8Array(await (await app.request(`/downloads/pps.${ext}`)).arrayBuffer());
      expect(await previewPpsImport({ db: database.db, actor: OFFICE }, exported), ext).toEqual({ create: [], update: [], refused: [] });
    }
    const csvText = new TextDecoder().decode(new Uint8Array(await (await app.request('/downloads/pps.csv')).arrayBuffer()));
    const edited = csvText.replace(';Fieldlab Duurzaam Bouwen Groningen;', ';Fieldlab Circulair Bouwen Groningen;');
    const preview = await previewPpsImport({ db: database.db, actor: OFFICE }, csv(edited));
    expect(preview.update.map((u) => u.name)).toEqual(['Fieldlab Circulair Bouwen Groningen (energieke-regio-noord)']);
    expect(preview.create).toEqual([]);
  });

  it('reads an Excel sheet with a real date cell for the founding date', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Pps'en");
    sheet.addRow(['Naam', 'Consortium', 'Oprichtingsdatum', 'Plaats', 'Niveaus']);
    sheet.addRow(['Excel Leerfabriek', 'energieke-regio-noord', new Date(Date.UTC(2021, 8, 1)), 'Groningen', 'mbo']);
    const preview = await previewPpsImport({ db: database.db, actor: OFFICE }, new Uint8Array(await book.xlsx.writeBuffer()));
    expect(preview).toEqual({ create: [{ line: 2, name: 'Excel Leerfabriek (energieke-regio-noord)' }], update: [], refused: [] });
  });

  it("refuses unknown codes, another consortium's pps, bad cells and missing columns, writing nothing", async () => {
    const file = csv([
      'consortium;naam;code;opgericht;gemeente;niveaus',
      'energieke-regio-noord;Onbekende pps;bestaat-niet;2020;Groningen;mbo',
      'digitale-delta-zuid-holland;Nieuwe pps Delft;;2020;Groningen;mbo',
      'energieke-regio-noord;Zonder gemeente;;2020;Atlantis;mbo',
      'energieke-regio-noord;Goede pps;;2020;Groningen;mbo',
    ].join('\n'));
    expect(await refusedWithoutWriting(coordinatorOf(1), file)).toEqual([
      'regel 2, code: Consortium "energieke-regio-noord" heeft geen pps met de code "bestaat-niet". Laat de kolom leeg voor een nieuwe pps.',
      'regel 3, consortium: U mag geen gegevens inlezen voor consortium "digitale-delta-zuid-holland".',
      'regel 4, gemeente: Onbekende gemeente "Atlantis". Kies een naam of CBS-code uit /api/v1/gemeenten.',
    ]);
    expect(await refusedWithoutWriting(OFFICE, csv('consortium;naam;gemeente\nenergieke-regio-noord;Half;Groningen\n'))).toEqual([
      'regel 1, opgericht: De kolom "opgericht" ontbreekt.',
      'regel 1, niveaus: De kolom "niveaus" ontbreekt.',
    ]);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/db/schema/index.ts';
import { Forbidden } from '../../src/errors.ts';
import type { Actor } from '../../src/services/context.ts';
import { commitOrganisationImport, previewOrganisationImport } from '../../src/services/imports/import-organisations.ts';
import { createConsortium, createOrganisation, createProgramme, type TestProgramme } from '../helpers/factories.ts';
import { csv, importFixture as fixture } from '../helpers/import-fixtures.ts';
import { refusedWithoutWriting as refused } from '../helpers/import-refusal.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// The programme office of a programme of its own imports; the organisations a test checks against, it makes.
describe.each(DATABASE_KINDS)('importing organisations on %s', (kind) => {
  let database: TestDatabase;
  let programme: TestProgramme;
  const ctx = () => ({ db: database.db, actor: programme.office.actor });
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    programme = await createProgramme(database.db);
  });
  afterAll(() => database?.dispose());

  const refusedWithoutWriting = (bytes: Uint8Array) => refused(database.db, commitOrganisationImport, programme.office.actor, bytes);

  it('reads a Windows-1252 file with ";", headers in another case, spaces and an empty row', async () => {
    const preview = await previewOrganisationImport(ctx(), fixture('organisaties-windows-1252.csv'));
    expect(preview.refused).toEqual([]);
    expect(preview.create).toEqual([{ line: 2, name: 'Techniek Café Zuidoost B.V.' }, { line: 4, name: 'ROC Ée-dal' }]);
    await commitOrganisationImport(ctx(), fixture('organisaties-windows-1252.csv'));
    const [cafe] = await database.db.select({ kvk: organisations.kvkNumber, size: organisations.companySize }).from(organisations).where(eq(organisations.name, 'Techniek Café Zuidoost B.V.'));
    expect(cafe).toEqual({ kvk: '12345679', size: 'mkb' });
  });

  it('reads UTF-8 with BOM, "," separated, columns in another order, quoted commas', async () => {
    const preview = await previewOrganisationImport(ctx(), fixture('organisaties-utf8-bom-komma.csv'));
    expect(preview.create.map((c) => c.name)).toEqual(['Lectoraat Slimme Netten, Arnhem', 'Stichting Praktijkleren']);
  });

  it('refuses a KvK number twice in the file and one that exists, with line and column, writing nothing', async () => {
    const existing = await createOrganisation(database.db, { name: 'Bestaande Installateur BV' });
    const messages = await refusedWithoutWriting(csv(`naam;soort;grootte;kvk\nA BV;bedrijf;mkb;11112222\nB BV;bedrijf;mkb;11112222\nC BV;bedrijf;groot;${existing.kvkNumber}\n`));
    expect(messages).toEqual([
      'regel 3, kvk: KvK-nummer 11112222 staat ook op regel 2 van dit bestand.',
      `regel 4, kvk: Deze organisatie bestaat al: ${existing.name} (/api/v1/organisaties/${existing.id}).`,
    ]);
  });

  it('refuses formulas, unknown columns and bad values with Dutch messages', async () => {
    expect(await refusedWithoutWriting(csv('naam;soort\n=HYPERLINK("http://x");overig\n'))).toEqual(['regel 2, naam: Formules zijn niet toegestaan ("=HYPERLINK("http://x")"); vul een waarde in.']);
    expect(await refusedWithoutWriting(csv('naam;soort;telefoon\nX;overig;06\n'))).toEqual(['regel 1, telefoon: Onbekende kolom "telefoon". Gebruik de kolommen van het sjabloon: naam, soort, niveau, grootte, overheidsniveau, kvk, brin, website.']);
    expect(await refusedWithoutWriting(csv('naam;soort;kvk\nX;bedrijf;1234\n'))).toEqual([
      'regel 2, kvk: Een KvK-nummer heeft 8 cijfers.',
      'regel 2, grootte: Een grootte (mkb of groot) hoort bij een bedrijf, en alleen daar.',
    ]);
  });

  it('refuses a file that is not text, and one that is too large', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x6e, 0x00, 0x61, 0x00]);
    expect(await refusedWithoutWriting(utf16)).toEqual(['regel 0, : Het bestand is geen tekst in UTF-8 of Windows-1252. Sla het op als CSV (puntkomma of komma gescheiden).']);
    const large = new Uint8Array(11 * 1024 * 1024).fill(0x41);
    expect(await refusedWithoutWriting(large)).toEqual(['regel 0, : Het bestand is te groot (11 MB); de grens is 10 MB. Splits het bestand op.']);
  });

  it('reads its own template back without refusals', async () => {
    const { createTestApp } = await import('../helpers/test-app.ts');
    const template = new Uint8Array(await (await createTestApp(database.db).request('/downloads/sjablonen/organisaties.csv')).arrayBuffer());
    const preview = await previewOrganisationImport(ctx(), template);
    expect(preview).toEqual({ create: [{ line: 2, name: 'Voorbeeld Techniek B.V.' }], update: [], refused: [] });
  });

  it('reads an XLSX sheet and refuses a formula cell in it', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Organisaties');
    sheet.addRow(['Soort', 'Naam', 'KvK']);
    sheet.addRow(['bedrijf', 'Excel Installatietechniek', 44445555]);
    sheet.getRow(2).getCell(4).value = null;
    sheet.addRow([]);
    sheet.addRow(['overig', 'Stichting Werkplaats', '']);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const preview = await previewOrganisationImport(ctx(), bytes);
    expect(preview.refused).toEqual([{ line: 2, column: 'grootte', code: 'import.sizeOnlyCompany' }]);
    expect(preview.create).toEqual([{ line: 4, name: 'Stichting Werkplaats' }]);
    sheet.getRow(4).getCell(2).value = { formula: 'HYPERLINK("http://kwaad.example","klik")', result: 'klik' };
    const withFormula = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await refusedWithoutWriting(withFormula)).toContain('regel 4, naam: Formules zijn niet toegestaan ("klik"); vul een waarde in.');
  });

  it('lets only the programme office import organisations', async () => {
    const { coordinator } = await createConsortium(database.db, programme);
    await expect(previewOrganisationImport({ db: database.db, actor: coordinator.actor }, csv('naam;soort\nX;overig\n'))).rejects.toBeInstanceOf(Forbidden);
  });
});

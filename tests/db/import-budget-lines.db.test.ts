import { and, eq } from 'drizzle-orm';
import { parseDutchNumber } from '../../src/domain/reports/parse-number.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, programmeRules } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/services/context.ts';
import { commitBudgetLineImport, previewBudgetLineImport } from '../../src/services/imports/import-budget-lines.ts';
import { addFundedBudget, addReport, createConsortium, createProgramme, type TestConsortium, type TestProgramme } from '../helpers/factories.ts';
import { csv, importFixture } from '../helpers/import-fixtures.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { refusedWithoutWriting as refused } from '../helpers/import-refusal.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

type Source = 'ngf_subsidie' | 'bedrijfsleven' | 'overheid' | 'overig';

// Each test makes its own consortium with a budget over 2025–2027 and an approved report on 2025 (that year is locked).
describe.each(DATABASE_KINDS)('importing planned budget lines on %s', (kind) => {
  let database: TestDatabase;
  let programme: TestProgramme;
  const office = () => programme.office.actor;
  const line = (code: string) => programme.actionLines.find((l) => l.code === code)!.id;
  const planned = async (c: TestConsortium, code: string, year: number, source: Source) => (await database.db
    .select({ amount: budgetLines.plannedAmount, version: budgetLines.version }).from(budgetLines)
    .where(and(eq(budgetLines.consortiumId, c.id), eq(budgetLines.actionLineId, line(code)), eq(budgetLines.year, year), eq(budgetLines.source, source))))[0];
  const consortium = async () => {
    const c = await createConsortium(database.db, programme);
    await addFundedBudget(database.db, programme, c, { years: [2025, 2026, 2027], amount: 200_000 });
    await addReport(database.db, programme, c, { year: 2025, status: 'goedgekeurd', value: 10 });
    return c;
  };
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    programme = await createProgramme(database.db);
    // This file is about reading files, scope and locked years; the budget rules have their own tests (budget-rules.db.test.ts).
    // Rounds refer to the rule versions, so the rules are relaxed rather than removed.
    await database.db.update(programmeRules).set({ value: false }).where(eq(programmeRules.code, 'begroting_binnen_toekenning'));
    await database.db.update(programmeRules).set({ value: 1 }).where(eq(programmeRules.code, 'max_subsidieaandeel'));
    await database.db.update(programmeRules).set({ value: 10 }).where(eq(programmeRules.code, 'drempel_wijzigingsverzoek'));
  });
  afterAll(() => database?.dispose());

  const refusedWithoutWriting = (actor: Actor, bytes: Uint8Array) => refused(database.db, commitBudgetLineImport, actor, bytes);

  it('reads a Windows-1252 file with € 4,3 mln and action lines by name, then writes it in one go', async () => {
    const c = await consortium();
    const file = importFixture('begrotingen-windows-1252.csv', { 'energieke-regio-noord': c.slug });
    expect(await planned(c, 'AL2', 2027, 'overheid')).toBeUndefined();
    const preview = await previewBudgetLineImport({ db: database.db, actor: c.coordinator.actor }, file);
    expect(preview).toEqual({
      create: [{ line: 5, name: `${c.slug} AL2 2027 overheid: € 75.000` }],
      update: [{ line: 2, name: `${c.slug} AL1 2026 ngf_subsidie: € 4.300.000` }, { line: 3, name: `${c.slug} AL1 2027 bedrijfsleven: € 1.250.000` }],
      refused: [],
    });
    const versionBefore = (await planned(c, 'AL1', 2026, 'ngf_subsidie'))!.version;
    await commitBudgetLineImport({ db: database.db, actor: c.coordinator.actor }, file);
    expect(await planned(c, 'AL1', 2026, 'ngf_subsidie')).toEqual({ amount: 4_300_000, version: versionBefore + 1 });
    expect((await planned(c, 'AL1', 2027, 'bedrijfsleven'))!.amount).toBe(1_250_000);
    expect((await planned(c, 'AL2', 2027, 'overheid'))!.amount).toBe(75_000);
    // The same file again changes nothing.
    expect(await previewBudgetLineImport({ db: database.db, actor: office() }, file)).toEqual({ create: [], update: [], refused: [] });
  });

  it('refuses locked years, years outside the scheme, other consortia and unknown ones, writing nothing', async () => {
    const c = await consortium();
    const other = await createConsortium(database.db, programme);
    const file = csv([
      'consortium;actielijn;jaar;bron;bedrag',
      `${c.slug};AL1;2025;subsidie;1.000.000`,
      `${c.slug};AL1;2030;subsidie;1.000`,
      `${other.slug};AL1;2026;subsidie;1.000`,
      'onbekend-consortium;AL1;2026;subsidie;1.000',
      `${c.slug};AL3;2026;onderwijs;€ 1,5 mln`,
    ].join('\n'));
    expect(await refusedWithoutWriting(c.coordinator.actor, file)).toEqual([
      `regel 2, jaar: ${c.slug}: De rapportage over 2025 is goedgekeurd; de begroting van dat jaar ligt vast.`,
      'regel 3, jaar: De regeling loopt van 2023 tot en met 2027; 2030 valt erbuiten.',
      `regel 4, consortium: U mag geen gegevens inlezen voor consortium "${other.slug}".`,
      'regel 5, consortium: Onbekend consortium "onbekend-consortium". Gebruik de code uit /api/v1/consortia (bijvoorbeeld in de kolom slug).',
    ]);
  });

  it('reads its own budget export back, as CSV and as XLSX, as changing nothing; an edited amount is one update', async () => {
    const c = await consortium();
    await database.db.insert(budgetLines).values({ consortiumId: c.id, actionLineId: line('AL5'), year: 2027, source: 'overig', plannedAmount: 20_000 });
    const app = createTestApp(database.db);
    for (const ext of ['csv', 'xlsx']) {
      const exported = new Uint8Array(await (await app.request(`/downloads/begrotingen.${ext}`)).arrayBuffer());
      expect(await previewBudgetLineImport({ db: database.db, actor: office() }, exported), ext).toEqual({ create: [], update: [], refused: [] });
    }
    const text = new TextDecoder().decode(new Uint8Array(await (await app.request('/downloads/begrotingen.csv')).arrayBuffer()));
    const lines = text.split('\r\n');
    const header = lines[0]!.replace(/^\uFEFF/, '').split(';');
    const at = (cells: string[], column: string) => cells[header.indexOf(column)];
    const target = lines.findIndex((l) => { const x = l.split(';'); return at(x, 'consortium.id') === String(c.id) && at(x, 'jaar') === '2027' && at(x, 'bron') === 'overig' && at(x, 'actielijn.code') === 'AL5'; });
    expect(target).toBeGreaterThan(0);
    const cells = lines[target]!.split(';');
    // The export's Dutch number (decimal comma, no thousands separator) reads back as the same amount.
    expect(parseDutchNumber(cells[header.indexOf('begroot')]).ok).toBe(true);
    cells[header.indexOf('begroot')] = '12345';
    lines[target] = cells.join(';');
    const preview = await previewBudgetLineImport({ db: database.db, actor: office() }, csv(lines.join('\r\n')));
    expect(preview).toEqual({ create: [], update: [{ line: target + 1, name: `${c.name} AL5 2027 overig: € 12.345` }], refused: [] });
  });

  it('lets an unchanged amount in a locked year pass, so an exported budget can be imported back', async () => {
    const c = await consortium();
    const locked = (await planned(c, 'AL1', 2025, 'ngf_subsidie'))!.amount;
    const file = csv(`consortium;actielijn;jaar;bron;bedrag\n${c.slug};AL1;2025;ngf_subsidie;${locked.toLocaleString('nl-NL')}\n`);
    expect(await previewBudgetLineImport({ db: database.db, actor: office() }, file)).toEqual({ create: [], update: [], refused: [] });
  });
});

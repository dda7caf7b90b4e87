import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { parseDutchNumber } from '../../src/domain/reports/parse-number.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, programmeRules } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/services/context.ts';
import { commitBudgetLineImport, previewBudgetLineImport } from '../../src/services/imports/import-budget-lines.ts';
import { coordinatorOf, OFFICE } from '../helpers/actors.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { refusedWithoutWriting as refused } from '../helpers/import-refusal.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
const csv = (text: string) => new TextEncoder().encode(text);

// Demo consortium 1 (energieke-regio-noord) has approved reports over 2023–2025; 2026 and 2027 are open.
describe.each(DATABASE_KINDS)('importing planned budget lines on %s', (kind) => {
  let database: TestDatabase;
  const planned = async (actionLineId: number, year: number, source: 'ngf_subsidie' | 'bedrijfsleven' | 'overheid') => (await database.db
    .select({ amount: budgetLines.plannedAmount, version: budgetLines.version }).from(budgetLines)
    .where(and(eq(budgetLines.consortiumId, 1), eq(budgetLines.actionLineId, actionLineId), eq(budgetLines.year, year), eq(budgetLines.source, source))))[0];
  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: true });
    // One cell without a budget line, so the file both creates and updates.
    await database.db.delete(budgetLines).where(and(eq(budgetLines.consortiumId, 1), eq(budgetLines.actionLineId, 2), eq(budgetLines.year, 2027), eq(budgetLines.source, 'overheid')));
    // This file is about reading files, scope and locked years; the budget rules have their own tests (budget-rules.db.test.ts).
    // Rounds refer to the rule versions, so the rules are relaxed rather than removed.
    await database.db.update(programmeRules).set({ value: false }).where(eq(programmeRules.code, 'begroting_binnen_toekenning'));
    await database.db.update(programmeRules).set({ value: 1 }).where(eq(programmeRules.code, 'max_subsidieaandeel'));
    await database.db.update(programmeRules).set({ value: 10 }).where(eq(programmeRules.code, 'drempel_wijzigingsverzoek'));
  });
  afterAll(() => database?.dispose());

  const refusedWithoutWriting = (actor: Actor, bytes: Uint8Array) => refused(database.db, commitBudgetLineImport, actor, bytes);

  it('reads a Windows-1252 file with € 4,3 mln and action lines by name, then writes it in one go', async () => {
    const file = fixture('begrotingen-windows-1252.csv');
    const preview = await previewBudgetLineImport({ db: database.db, actor: coordinatorOf(1) }, file);
    expect(preview).toEqual({
      create: [{ line: 5, name: 'energieke-regio-noord AL2 2027 overheid: € 75.000' }],
      update: [{ line: 2, name: 'energieke-regio-noord AL1 2026 ngf_subsidie: € 4.300.000' }, { line: 3, name: 'energieke-regio-noord AL1 2027 bedrijfsleven: € 1.250.000' }],
      refused: [],
    });
    const versionBefore = (await planned(1, 2026, 'ngf_subsidie'))!.version;
    await commitBudgetLineImport({ db: database.db, actor: coordinatorOf(1) }, file);
    expect(await planned(1, 2026, 'ngf_subsidie')).toEqual({ amount: 4_300_000, version: versionBefore + 1 });
    expect((await planned(1, 2027, 'bedrijfsleven'))!.amount).toBe(1_250_000);
    expect((await planned(2, 2027, 'overheid'))!.amount).toBe(75_000);
    // The same file again changes nothing.
    expect(await previewBudgetLineImport({ db: database.db, actor: OFFICE }, file)).toEqual({ create: [], update: [], refused: [] });
  });

  it('refuses locked years, years outside the scheme, other consortia and unknown ones, writing nothing', async () => {
    const file = csv([
      'consortium;actielijn;jaar;bron;bedrag',
      'energieke-regio-noord;AL1;2025;subsidie;1.000.000',
      'energieke-regio-noord;AL1;2030;subsidie;1.000',
      'digitale-delta-zuid-holland;AL1;2026;subsidie;1.000',
      'onbekend-consortium;AL1;2026;subsidie;1.000',
      'energieke-regio-noord;AL3;2026;onderwijs;€ 1,5 mln',
    ].join('\n'));
    expect(await refusedWithoutWriting(coordinatorOf(1), file)).toEqual([
      'regel 2, jaar: energieke-regio-noord: De rapportage over 2025 is goedgekeurd; de begroting van dat jaar ligt vast.',
      'regel 3, jaar: De regeling loopt van 2023 tot en met 2027; 2030 valt erbuiten.',
      'regel 4, consortium: U mag geen gegevens inlezen voor consortium "digitale-delta-zuid-holland".',
      'regel 5, consortium: Onbekend consortium "onbekend-consortium". Gebruik de code uit /api/v1/consortia (bijvoorbeeld in de kolom slug).',
    ]);
  });

  it('reads its own budget export back, as CSV and as XLSX, as changing nothing; an edited amount is one update', async () => {
    const app = createTestApp(database.db);
    for (const ext of ['csv', 'xlsx']) {
      const exported = new Uint8Array(await (await app.request(`/downloads/begrotingen.${ext}`)).arrayBuffer());
      expect(await previewBudgetLineImport({ db: database.db, actor: OFFICE }, exported), ext).toEqual({ create: [], update: [], refused: [] });
    }
    const text = new TextDecoder().decode(new Uint8Array(await (await app.request('/downloads/begrotingen.csv')).arrayBuffer()));
    const lines = text.split('\r\n');
    const header = lines[0]!.replace(/^\uFEFF/, '').split(';');
    const at = (cells: string[], column: string) => cells[header.indexOf(column)];
    const target = lines.findIndex((l) => { const c = l.split(';'); return at(c, 'consortium.id') === '1' && at(c, 'jaar') === '2027' && at(c, 'bron') === 'overig' && at(c, 'actielijn.code') === 'AL5'; });
    const cells = lines[target]!.split(';');
    // The export's Dutch number (decimal comma, no thousands separator) reads back as the same amount.
    expect(parseDutchNumber(cells[header.indexOf('begroot')]).ok).toBe(true);
    cells[header.indexOf('begroot')] = '12345';
    lines[target] = cells.join(';');
    const preview = await previewBudgetLineImport({ db: database.db, actor: OFFICE }, csv(lines.join('\r\n')));
    expect(preview).toEqual({ create: [], update: [{ line: target + 1, name: 'Energieke Regio Noord AL5 2027 overig: € 12.345' }], refused: [] });
  });

  it('lets an unchanged amount in a locked year pass, so an exported budget can be imported back', async () => {
    const locked = (await planned(1, 2025, 'ngf_subsidie'))!.amount;
    const file = csv(`consortium;actielijn;jaar;bron;bedrag\nenergieke-regio-noord;AL1;2025;ngf_subsidie;${locked.toLocaleString('nl-NL')}\n`);
    expect(await previewBudgetLineImport({ db: database.db, actor: OFFICE }, file)).toEqual({ create: [], update: [], refused: [] });
  });
});

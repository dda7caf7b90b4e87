import { eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { actionLines, budgetLines } from '../../db/schema/index.ts';
import { budgetLockOf } from '../../domain/budget/budget-lock.ts';
import { BUDGET_LINE_COLUMNS, BUDGET_LINE_REQUIRED, type BudgetLineRow } from '../../domain/import/budget-line-rows.ts';
import type { CheckedRows, RowLookups } from '../../domain/import/check-rows.ts';
import type { Actor } from '../context.ts';
import { failures } from '../../domain/rules/index.ts';
import type { ErrorCode, ErrorValues } from '../../i18n/errors.ts';
import { applyBudgetChanges, checkBudgetRules } from '../budget/check-budget-rules.ts';
import { readPeriodReports } from '../budget/read-period-reports.ts';
import { recordAudit } from '../record-audit.ts';
import { defineImport, type Checked } from './define-import.ts';
import { previewOf } from './import-result.ts';
import { consortiaBySlug, importScope, notYours, unknownConsortium } from './import-scope.ts';

type Write = BudgetLineRow & { consortiumId: number; existingId: number | null };

/** The action lines, for the row rules in the reader thread and the programme check here. */
async function lookups(db: Db | Tx): Promise<RowLookups> {
  return { actionLines: await db.select({ id: actionLines.id, code: actionLines.code, nameNl: actionLines.nameNl, programmeId: actionLines.programmeId }).from(actionLines) };
}

async function check(db: Db | Tx, actor: Actor, { valid, problems }: CheckedRows<BudgetLineRow>, { actionLines: lines = [] }: RowLookups): Promise<Checked<Write>> {
  const known = await consortiaBySlug(db, valid.map((v) => v.consortium));
  const ids = [...known.values()].map((c) => c.id);
  const reports = await readPeriodReports(db, ids);
  const stored = ids.length ? await db.select({ id: budgetLines.id, consortiumId: budgetLines.consortiumId, actionLineId: budgetLines.actionLineId, year: budgetLines.year, source: budgetLines.source, amount: budgetLines.plannedAmount })
    .from(budgetLines).where(inArray(budgetLines.consortiumId, ids)) : [];
  const storedOf = new Map(stored.map((s) => [`${s.consortiumId}|${s.actionLineId}|${s.year}|${s.source}`, s]));
  const mayWrite = importScope(actor);
  const writes: Write[] = [];
  for (const row of valid) {
    const refuse = (column: string, code: ErrorCode, values?: ErrorValues) => problems.push({ line: row.line, column, code, ...(values && { values }) });
    const consortium = known.get(row.consortium);
    if (!consortium) { problems.push(unknownConsortium(row.line, row.consortium)); continue; }
    if (!mayWrite(consortium.id)) { problems.push(notYours(row.line, row.consortium)); continue; }
    if (lines.find((l) => l.id === row.actionLineId)?.programmeId !== consortium.programmeId) { refuse('actielijn', 'import.actionLineNotInProgramme'); continue; }
    if (row.year < consortium.firstYear || row.year > consortium.lastYear) { refuse('jaar', 'import.yearOutsideProgramme', { from: consortium.firstYear, to: consortium.lastYear, year: row.year }); continue; }
    const before = storedOf.get(`${consortium.id}|${row.actionLineId}|${row.year}|${row.source}`);
    // An unchanged amount is no change, even in a locked year: an exported budget imports back cleanly.
    if (before?.amount === row.amount || (!before && row.amount === 0)) continue;
    const lock = budgetLockOf(row.year, reports.get(consortium.id) ?? []);
    if (lock) { refuse('jaar', 'import.forConsortium', { ...lock.values, consortium: row.consortium, reason: lock.reason }); continue; }
    writes.push({ ...row, consortiumId: consortium.id, existingId: before?.id ?? null });
  }
  // The programme's rules judge each consortium's budget as it would be after the import, as the portal grid does.
  for (const consortiumId of new Set(writes.map((w) => w.consortiumId))) {
    const mine = writes.filter((w) => w.consortiumId === consortiumId);
    const current = stored.filter((s) => s.consortiumId === consortiumId);
    const proposed = applyBudgetChanges(current, mine.map((w) => ({ actionLineId: w.actionLineId, year: w.year, source: w.source, amount: w.amount })));
    const failed = failures(await checkBudgetRules(db, consortiumId, proposed));
    for (const o of failed) {
      // The nested `reason` is worded by the catalogue in the reader's language, as the portal grid words it.
      const values = { ...o.values, consortium: mine[0]!.consortium, reason: 'ruleOutcome', ruleMessage: o.message };
      problems.push({ line: mine[0]!.line, column: 'bedrag', code: 'import.forConsortium', values });
    }
  }
  const label = (w: Write) => `${w.consortium} ${lines.find((l) => l.id === w.actionLineId)?.code} ${w.year} ${w.source}: € ${w.amount.toLocaleString('nl-NL')}`;
  return { preview: previewOf(writes, (w) => w.existingId !== null, label, problems), writes };
}

async function write(tx: Tx, actor: Actor, writes: Write[]): Promise<void> {
  const created = writes.filter((w) => !w.existingId);
  if (created.length) await tx.insert(budgetLines).values(created.map((w) => ({ consortiumId: w.consortiumId, actionLineId: w.actionLineId, year: w.year, source: w.source, plannedAmount: w.amount })));
  // The version moves, so a budget grid open in the portal is refused on save instead of overwriting the import.
  for (const w of writes.filter((w) => w.existingId)) {
    await tx.update(budgetLines).set({ plannedAmount: w.amount, version: sql`${budgetLines.version} + 1` }).where(eq(budgetLines.id, w.existingId!));
  }
  await recordAudit(tx, actor, { action: 'import', entity: 'budget_lines', entityId: 'bestand', after: { created: created.length, updated: writes.length - created.length, consortia: [...new Set(writes.map((w) => w.consortiumId))] } });
}

/** Planned amounts per action line, year and source: dry run, then all rows in one transaction or none. */
export const { preview: previewBudgetLineImport, commit: commitBudgetLineImport } = defineImport({ kind: 'begrotingen', columns: BUDGET_LINE_COLUMNS, required: BUDGET_LINE_REQUIRED, lookups }, check, write);

import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { actionLines, budgetLines, progressReports } from '../../db/schema/index.ts';
import { BUDGET_LINE_COLUMNS, BUDGET_LINE_REQUIRED, checkBudgetLineRows, type BudgetLineRow } from '../../domain/import/budget-line-rows.ts';
import { requireActor } from '../authorize.ts';
import type { Actor, ServiceContext } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { byLine, readImportFile, refuseImport, unreadable, type ImportPreview } from './import-result.ts';
import { consortiaBySlug, importScope, notYours, unknownConsortium } from './import-scope.ts';

type Write = BudgetLineRow & { consortiumId: number; existingId: number | null };
type Checked = { preview: ImportPreview; writes: Write[] };

async function check(db: Db | Tx, actor: Actor, bytes: Uint8Array): Promise<Checked> {
  const table = await readImportFile(bytes, BUDGET_LINE_COLUMNS, BUDGET_LINE_REQUIRED);
  if (!table.ok) return { preview: unreadable(table.problems), writes: [] };
  const lines = await db.select({ id: actionLines.id, code: actionLines.code, nameNl: actionLines.nameNl, programmeId: actionLines.programmeId }).from(actionLines);
  const { valid, problems } = checkBudgetLineRows(table.rows, lines);
  const known = await consortiaBySlug(db, valid.map((v) => v.consortium));
  const ids = [...known.values()].map((c) => c.id);
  const locked = ids.length ? await db.select({ consortiumId: progressReports.consortiumId, year: progressReports.periodYear }).from(progressReports)
    .where(and(inArray(progressReports.consortiumId, ids), eq(progressReports.status, 'goedgekeurd'))) : [];
  const isLocked = new Set(locked.map((l) => `${l.consortiumId}|${l.year}`));
  const stored = ids.length ? await db.select({ id: budgetLines.id, consortiumId: budgetLines.consortiumId, actionLineId: budgetLines.actionLineId, year: budgetLines.year, source: budgetLines.source, amount: budgetLines.plannedAmount })
    .from(budgetLines).where(inArray(budgetLines.consortiumId, ids)) : [];
  const storedOf = new Map(stored.map((s) => [`${s.consortiumId}|${s.actionLineId}|${s.year}|${s.source}`, s]));
  const mayWrite = importScope(actor);
  const writes: Write[] = [];
  const unchanged = new Set<number>();
  for (const row of valid) {
    const consortium = known.get(row.consortium);
    if (!consortium) { problems.push({ line: row.line, column: 'consortium', message: unknownConsortium(row.consortium) }); continue; }
    if (!mayWrite(consortium.id)) { problems.push({ line: row.line, column: 'consortium', message: notYours(row.consortium) }); continue; }
    if (lines.find((l) => l.id === row.actionLineId)?.programmeId !== consortium.programmeId) { problems.push({ line: row.line, column: 'actielijn', message: 'Deze actielijn hoort niet bij de regeling van dit consortium.' }); continue; }
    if (row.year < consortium.firstYear || row.year > consortium.lastYear) { problems.push({ line: row.line, column: 'jaar', message: `De regeling loopt van ${consortium.firstYear} tot en met ${consortium.lastYear}; ${row.year} valt erbuiten.` }); continue; }
    const before = storedOf.get(`${consortium.id}|${row.actionLineId}|${row.year}|${row.source}`);
    if (before?.amount === row.amount || (!before && row.amount === 0)) { unchanged.add(row.line); continue; }
    if (isLocked.has(`${consortium.id}|${row.year}`)) { problems.push({ line: row.line, column: 'jaar', message: `De rapportage over ${row.year} van "${row.consortium}" is goedgekeurd; de begroting van dat jaar ligt vast.` }); continue; }
    writes.push({ ...row, consortiumId: consortium.id, existingId: before?.id ?? null });
  }
  const label = (w: Write) => `${w.consortium} ${lines.find((l) => l.id === w.actionLineId)?.code} ${w.year} ${w.source}: € ${w.amount.toLocaleString('nl-NL')}`;
  return {
    preview: { create: writes.filter((w) => !w.existingId).map((w) => ({ line: w.line, name: label(w) })), update: writes.filter((w) => w.existingId).map((w) => ({ line: w.line, name: label(w) })), refused: byLine(problems) },
    writes,
  };
}

/** Dry run of a budget file: new and changed planned amounts, and every refused row. */
export async function previewBudgetLineImport(ctx: ServiceContext, bytes: Uint8Array): Promise<ImportPreview> {
  return (await check(ctx.db, requireActor(ctx), bytes)).preview;
}

/** Every planned amount in one transaction with one audit row; nothing when any row is refused. */
export async function commitBudgetLineImport(ctx: ServiceContext, bytes: Uint8Array): Promise<ImportPreview> {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const { preview, writes } = await check(tx, actor, bytes);
    if (preview.refused.length) throw refuseImport(preview);
    const created = writes.filter((w) => !w.existingId);
    if (created.length) await tx.insert(budgetLines).values(created.map((w) => ({ consortiumId: w.consortiumId, actionLineId: w.actionLineId, year: w.year, source: w.source, plannedAmount: w.amount })));
    // The version moves, so a budget grid open in the portal is refused on save instead of overwriting the import.
    for (const w of writes.filter((w) => w.existingId)) {
      await tx.update(budgetLines).set({ plannedAmount: w.amount, version: sql`${budgetLines.version} + 1` }).where(eq(budgetLines.id, w.existingId!));
    }
    await recordAudit(tx, actor, { action: 'import', entity: 'budget_lines', entityId: 'bestand', after: { created: created.length, updated: writes.length - created.length, consortia: [...new Set(writes.map((w) => w.consortiumId))] } });
    return preview;
  });
}

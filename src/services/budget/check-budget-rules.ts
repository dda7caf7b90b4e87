import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { actionLines, applications, budgetBaselineLines, consortia, decisions } from '../../db/schema/index.ts';
import { evaluateBudget, failures, type BudgetCell, type RuleOutcome } from '../../domain/rules/index.ts';
import { NotFound, RulesFailed } from '../../errors.ts';
import { loadRuleSet } from '../programmes/load-rule-set.ts';

export type BudgetAmount = { actionLineId: number; year: number; source: string; amount: number };

export const CHANGE_RULE = 'drempel_wijzigingsverzoek';

/** The consortium's award: what its honoured application(s) were granted. */
async function awardOf(db: Db | Tx, consortiumId: number): Promise<number> {
  const [row] = await db.select({ total: sql<string | null>`sum(${decisions.awardedAmount})` }).from(decisions)
    .innerJoin(applications, eq(applications.id, decisions.applicationId))
    .where(and(eq(applications.consortiumId, consortiumId), eq(decisions.outcome, 'toegekend')));
  return Number(row?.total ?? 0);
}

/** The rules' verdict on a consortium's whole proposed budget, measured against its award and approved baseline. */
export async function checkBudgetRules(db: Db | Tx, consortiumId: number, proposed: readonly BudgetAmount[], today?: string): Promise<RuleOutcome[]> {
  const [c] = await db.select({ programmeId: consortia.programmeId }).from(consortia).where(eq(consortia.id, consortiumId));
  if (!c) throw new NotFound('consortiumNotFound');
  const codes = new Map((await db.select({ id: actionLines.id, code: actionLines.code }).from(actionLines)
    .where(eq(actionLines.programmeId, c.programmeId))).map((l) => [l.id, l.code]));
  const toCell = (a: BudgetAmount): BudgetCell => ({ actionLine: codes.get(a.actionLineId) ?? String(a.actionLineId), year: a.year, source: a.source, amount: a.amount });
  const baselineRows = await db.select({ actionLineId: budgetBaselineLines.actionLineId, year: budgetBaselineLines.year, source: budgetBaselineLines.source, amount: budgetBaselineLines.amount })
    .from(budgetBaselineLines).where(eq(budgetBaselineLines.consortiumId, consortiumId));
  const set = await loadRuleSet(db, c.programmeId, today);
  // Without an approved baseline (not yet awarded) there is nothing to measure a change against.
  return evaluateBudget(set, { award: await awardOf(db, consortiumId), cells: proposed.map(toCell), baseline: baselineRows.length ? baselineRows.map(toCell) : null });
}

/** Refuses a budget that breaks a rule; with `allowChange`, a move beyond the change threshold is let through (it is a change request). */
export function requireBudgetRules(outcomes: readonly RuleOutcome[], options: { allowChange?: boolean } = {}): void {
  const failed = failures(outcomes).filter((o) => !(options.allowChange && o.rule === CHANGE_RULE));
  if (failed.length) throw new RulesFailed(failed, 'budgetRulesFailed');
}

/** The stored grid with the changes applied: the budget as it would be after saving. */
export function applyBudgetChanges(stored: readonly BudgetAmount[], changes: readonly BudgetAmount[]): BudgetAmount[] {
  const key = (a: BudgetAmount) => `${a.actionLineId}|${a.year}|${a.source}`;
  const merged = new Map(stored.map((a) => [key(a), a]));
  for (const c of changes) merged.set(key(c), c);
  return [...merged.values()];
}

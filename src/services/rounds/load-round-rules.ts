import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { roundRules } from '../../db/schema/index.ts';
import type { RuleSet } from '../../domain/rules/index.ts';
import { loadRuleSet, loadRuleVersions } from '../programmes/load-rule-set.ts';
import type { RoundRow } from './get-round.ts';

/** The ids of the rule versions fixed for a round when it opened. */
export async function listRoundRuleIds(db: Db | Tx, roundId: number): Promise<number[]> {
  const rows = await db.select({ id: roundRules.programmeRuleId }).from(roundRules).where(eq(roundRules.roundId, roundId));
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** The rules applications in this round are judged under: the fixed versions, or (not yet opened) those in force on its opening date. */
export async function loadRoundRules(db: Db | Tx, round: RoundRow): Promise<{ set: RuleSet; ids: number[] }> {
  const ids = await listRoundRuleIds(db, round.id);
  if (ids.length) return { set: await loadRuleVersions(db, ids), ids };
  return { set: await loadRuleSet(db, round.programmeId, round.opensOn), ids };
}

import { and, eq } from 'drizzle-orm';
import { programmeRules, roundRules, rounds } from '../../db/schema/index.ts';
import { ruleSetOn } from '../../domain/rules/index.ts';
import { Conflict } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { getRound } from './get-round.ts';

/** Opens a planned round and fixes the rule versions in force on its opening date for all its applications. */
export async function openRound(ctx: ServiceContext, input: { roundId: number }): Promise<{ ruleIds: number[] }> {
  const actor = requireRole(ctx, 'programmabureau');
  return ctx.db.transaction(async (tx) => {
    const round = await getRound(tx, input.roundId);
    if (round.status !== 'gepland') throw new Conflict('roundAlreadyOpen');
    const rows = await tx
      .select({ id: programmeRules.id, code: programmeRules.code, version: programmeRules.version, value: programmeRules.value, validFrom: programmeRules.validFrom, source: programmeRules.source })
      .from(programmeRules)
      .where(eq(programmeRules.programmeId, round.programmeId));
    // ruleSetOn keeps the row objects it picks, so their ids come along.
    const ruleIds = [...ruleSetOn(rows, round.opensOn).versions.values()].map((v) => (v as (typeof rows)[number]).id).sort((a, b) => a - b);
    if (ruleIds.length) await tx.insert(roundRules).values(ruleIds.map((programmeRuleId) => ({ roundId: round.id, programmeRuleId })));
    await tx.update(rounds).set({ status: 'open' }).where(and(eq(rounds.id, round.id), eq(rounds.status, 'gepland')));
    await recordAudit(tx, actor, { action: 'open', entity: 'rounds', entityId: round.id, after: { ruleIds } });
    return { ruleIds };
  });
}

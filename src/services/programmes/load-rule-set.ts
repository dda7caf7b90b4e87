import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { programmeRules } from '../../db/schema/index.ts';
import { ruleSetOf, ruleSetOn, type RuleSet, type RuleVersion } from '../../domain/rules/index.ts';

const columns = { code: programmeRules.code, version: programmeRules.version, value: programmeRules.value, validFrom: programmeRules.validFrom, source: programmeRules.source };

/** The programme's rules in force on a date (today when omitted). */
export async function loadRuleSet(db: Db | Tx, programmeId: number, on = new Date().toISOString().slice(0, 10)): Promise<RuleSet> {
  const rows: RuleVersion[] = await db.select(columns).from(programmeRules).where(eq(programmeRules.programmeId, programmeId));
  return ruleSetOn(rows, on);
}

/** Exactly the stored versions with these ids: what a decided application was judged under. */
export async function loadRuleVersions(db: Db | Tx, ids: number[]): Promise<RuleSet> {
  if (ids.length === 0) return ruleSetOf([]);
  const rows: RuleVersion[] = await db.select(columns).from(programmeRules).where(inArray(programmeRules.id, ids));
  return ruleSetOf(rows);
}

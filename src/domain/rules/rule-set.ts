import { isRuleCode, RULE_VALUE_SCHEMAS, type RuleCode, type RuleValue } from './rule-codes.ts';

/** One stored version of a rule, as the database holds it. */
export type RuleVersion = { code: string; version: number; value: unknown; validFrom: string; source: string | null };

/** The versions in force for one judgement: one per code, each parsed to its shape. */
export type RuleSet = { readonly versions: ReadonlyMap<RuleCode, RuleVersion> };

/**
 * The rules in force on a date: per code the highest version valid from that date.
 * Unknown codes and values that do not fit their shape are left out, never guessed.
 */
export function ruleSetOn(rows: readonly RuleVersion[], on: string): RuleSet {
  const versions = new Map<RuleCode, RuleVersion>();
  for (const row of rows) {
    if (!isRuleCode(row.code) || row.validFrom > on) continue;
    if (!RULE_VALUE_SCHEMAS[row.code].safeParse(row.value).success) continue;
    const current = versions.get(row.code);
    if (!current || current.version < row.version) versions.set(row.code, row);
  }
  return { versions };
}

/** Exactly these versions, e.g. the ones a decided application was judged under. */
export function ruleSetOf(rows: readonly RuleVersion[]): RuleSet {
  return ruleSetOn(rows, '9999-12-31');
}

export function ruleValue<C extends RuleCode>(set: RuleSet, code: C): RuleValue<C> | undefined {
  const row = set.versions.get(code);
  return row === undefined ? undefined : (RULE_VALUE_SCHEMAS[code].parse(row.value) as RuleValue<C>);
}

export function ruleVersion(set: RuleSet, code: RuleCode): number | undefined {
  return set.versions.get(code)?.version;
}

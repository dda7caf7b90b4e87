import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { programmeRules } from '../../db/schema/index.ts';
import { isRuleCode, RULE_VALUE_SCHEMAS } from '../../domain/rules/index.ts';
import { Conflict, Invalid, issueProblems } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { getCurrentProgramme } from './get-current-programme.ts';

const Text = (max: number) => z.string().trim().max(max, `Houd dit onder de ${max} tekens.`);
export const RuleVersionInput = z.object({
  code: z.string().refine(isRuleCode, 'ruleChoose'),
  value: z.string().trim().min(1, 'valueRequired').max(2000, 'ruleValueTooLong'),
  validFrom: z.iso.date('dateInvalid'),
  source: Text(500).default(''),
  descriptionNl: Text(1000).min(1, 'descriptionRequired'),
  descriptionEn: Text(1000).default(''),
});

/** A new version of a rule: its value checked against the rule's shape, starting no earlier than the version before; audited. */
export async function addRuleVersion(ctx: ServiceContext, raw: z.input<typeof RuleVersionInput>): Promise<{ id: number; version: number }> {
  const actor = requireRole(ctx, 'programmabureau');
  const parsed = RuleVersionInput.safeParse(raw);
  if (!parsed.success) throw new Invalid('ruleNotSaved', issueProblems(parsed.error.issues));
  const input = parsed.data;
  let value: unknown;
  try { value = JSON.parse(input.value); } catch { throw new Invalid('ruleNotSaved', [{ name: 'value', reason: 'ruleValueNotJson' }]); }
  const shaped = RULE_VALUE_SCHEMAS[input.code as keyof typeof RULE_VALUE_SCHEMAS].safeParse(value);
  if (!shaped.success) throw new Invalid('ruleNotSaved', [{ name: 'value', reason: 'ruleValueShape' }]);
  const programme = await getCurrentProgramme(ctx);
  return ctx.db.transaction(async (tx) => {
    const [latest] = await tx.select({ version: programmeRules.version, validFrom: programmeRules.validFrom }).from(programmeRules)
      .where(and(eq(programmeRules.programmeId, programme.id), eq(programmeRules.code, input.code))).orderBy(desc(programmeRules.version)).limit(1);
    if (latest && input.validFrom <= latest.validFrom) {
      throw new Invalid('ruleNotSaved', [{ name: 'validFrom', reason: 'ruleVersionStartsLater', values: { version: latest.version, validFrom: latest.validFrom } }]);
    }
    const version = (latest?.version ?? 0) + 1;
    const [row] = await tx.insert(programmeRules).values({ programmeId: programme.id, code: input.code, version, value: shaped.data, validFrom: input.validFrom,
      source: input.source || null, descriptionNl: input.descriptionNl, descriptionEn: input.descriptionEn, isIllustrative: false })
      .onConflictDoNothing().returning({ id: programmeRules.id });
    if (!row) throw new Conflict('ruleVersionRace');
    await recordAudit(tx, actor, { action: 'rule.add_version', entity: 'programme_rules', entityId: row.id, after: { code: input.code, version, value: shaped.data, validFrom: input.validFrom } });
    return { id: row.id, version };
  });
}

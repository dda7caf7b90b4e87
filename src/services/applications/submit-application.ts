import { and, eq } from 'drizzle-orm';
import { applicationRuleVersions, applications } from '../../db/schema/index.ts';
import { failures } from '../../domain/rules/index.ts';
import { submissionProblem } from '../../domain/selection/submission-window.ts';
import { Conflict, Invalid, RulesFailed } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { requireUpdated } from '../optimistic-lock.ts';
import { recordAudit } from '../record-audit.ts';
import { getRound } from '../rounds/get-round.ts';
import { getApplicationHeader, requireApplicationEditor } from './application-access.ts';
import { evaluateApplicationRules } from './evaluate-application-rules.ts';
import { readApplicationContents } from './read-application.ts';

/**
 * Submits a draft: refused after the closing date, while a rule fails or while nothing is asked;
 * records the rule versions it was judged under. `now` is the caller's clock.
 */
export async function submitApplication(ctx: ServiceContext, input: { applicationId: number; version: number; now: Date }): Promise<{ version: number }> {
  const header = await getApplicationHeader(ctx.db, input.applicationId);
  const actor = await requireApplicationEditor(ctx, header);
  if (header.status !== 'concept') throw new Conflict('applicationAlreadySubmitted');
  const round = await getRound(ctx.db, header.roundId);
  const late = submissionProblem(round, input.now.toISOString().slice(0, 10));
  if (late) throw new Invalid('applicationNotSubmittable', [{ name: 'ronde', reason: late }]);
  return ctx.db.transaction(async (tx) => {
    const contents = await readApplicationContents(tx, header.id);
    if (contents.cells.every((c) => c.source !== 'ngf_subsidie')) throw new Invalid('applicationNoRequest', [{ name: 'begroting', reason: 'selection.application.noRequest' }]);
    const { outcomes, ruleIds } = await evaluateApplicationRules(tx, header, contents);
    const failed = failures(outcomes);
    if (failed.length) throw new RulesFailed(failed, 'applicationRulesFailed');
    const [moved] = [requireUpdated(await tx.update(applications)
      .set({ status: 'ingediend', submittedAt: input.now, version: input.version + 1 })
      .where(and(eq(applications.id, header.id), eq(applications.version, input.version), eq(applications.status, 'concept')))
      .returning({ version: applications.version }))];
    if (ruleIds.length) await tx.insert(applicationRuleVersions).values(ruleIds.map((programmeRuleId) => ({ applicationId: header.id, programmeRuleId })));
    await recordAudit(tx, actor, { action: 'submit', entity: 'applications', entityId: header.id, after: { ruleIds, outcomes: outcomes.map((o) => ({ rule: o.rule, version: o.version, passed: o.passed })) } });
    return { version: moved!.version };
  });
}

import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { applications, assessments, assessorAssignments, rounds } from '../../db/schema/index.ts';
import { listCriteria } from '../rounds/list-criteria.ts';
import { ruleValue } from '../../domain/rules/index.ts';
import { Conflict, Invalid, type FieldProblem } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { requireUpdated } from '../optimistic-lock.ts';
import { parseInput } from '../parse-input.ts';
import { recordAudit } from '../record-audit.ts';
import { loadRoundRules } from '../rounds/load-round-rules.ts';
import { getRound } from '../rounds/get-round.ts';
import { requireOwnAssignment } from './assessment-access.ts';

export const ScoresInput = z.array(z.object({
  criterionId: z.number().int().min(1),
  score: z.number({ message: 'scoreRequired' }).int('scoreWhole'),
  motivation: z.string().trim().min(10, 'scoreMotivationMin10').max(10_000),
})).min(1);

/** Scores every criterion on the programme's scale with a motivation, in one submission after the declaration. */
export async function submitScores(ctx: ServiceContext, input: { assignmentId: number; version: number; scores: unknown; now: Date }): Promise<{ version: number }> {
  const { actor, assignment } = await requireOwnAssignment(ctx, input.assignmentId);
  if (assignment.status === 'toegewezen') throw new Conflict('declareConflictFirst');
  if (assignment.status === 'ingediend') throw new Conflict('assessmentAlreadySubmitted');
  const scores = parseInput(ScoresInput, input.scores, 'assessmentNotSubmitted');
  const [app] = await ctx.db.select({ roundId: applications.roundId, programmeId: rounds.programmeId }).from(applications)
    .innerJoin(rounds, eq(rounds.id, applications.roundId)).where(eq(applications.id, assignment.applicationId));
  const criteria = await listCriteria(ctx.db, app!.programmeId);
  const scale = ruleValue((await loadRoundRules(ctx.db, await getRound(ctx.db, app!.roundId))).set, 'beoordelingsschaal') ?? { min: 1, max: 5 };
  const problems = criteria.flatMap((c): FieldProblem[] => {
    const s = scores.find((x) => x.criterionId === c.id);
    if (!s) return [{ name: `score.${c.id}`, reason: 'selection.score.missing' }];
    return s.score < scale.min || s.score > scale.max ? [{ name: `score.${c.id}`, reason: 'selection.score.outOfScale' }] : [];
  });
  const unknown = scores.filter((s) => !criteria.some((c) => c.id === s.criterionId));
  if (problems.length || unknown.length) {
    throw new Invalid('assessmentNotSubmitted', [...problems, ...unknown.map((s): FieldProblem => ({ name: `score.${s.criterionId}`, reason: 'selection.score.unknownCriterion' }))]);
  }
  return ctx.db.transaction(async (tx) => {
    const [moved] = [requireUpdated(await tx.update(assessorAssignments)
      .set({ status: 'ingediend', submittedAt: input.now, version: input.version + 1 })
      .where(and(eq(assessorAssignments.id, assignment.id), eq(assessorAssignments.version, input.version), eq(assessorAssignments.status, 'geen_conflict')))
      .returning({ version: assessorAssignments.version }))];
    await tx.insert(assessments).values(scores.map((s) => ({
      applicationId: assignment.applicationId, assessorUserId: actor.userId, criterionId: s.criterionId, score: s.score, comment: s.motivation, assessedAt: input.now,
    })));
    await recordAudit(tx, actor, { action: 'submit', entity: 'assessor_assignments', entityId: assignment.id, after: { criteria: scores.length } });
    return { version: moved!.version };
  });
}

import { and, asc, eq, ne } from 'drizzle-orm';
import { assessments, assessorAssignments, users } from '../../db/schema/index.ts';
import { getRound } from '../rounds/get-round.ts';
import { loadRoundRules } from '../rounds/load-round-rules.ts';
import { ruleValue } from '../../domain/rules/index.ts';
import { listCriteria, type Criterion } from '../rounds/list-criteria.ts';
import type { ServiceContext } from '../context.ts';
import { getApplication, type ApplicationView } from '../applications/get-application.ts';
import { getApplicationHeader } from '../applications/application-access.ts';
import { requireOwnAssignment, type Assignment } from './assessment-access.ts';

export type ScoreRow = { criterionId: number; score: number; motivation: string };
export type AssessmentView = {
  assignment: Assignment;
  /** Only the title and lead until the assessor declares no conflict. */
  application: Pick<ApplicationView, 'id' | 'reference' | 'title'> & Partial<ApplicationView>;
  criteria: Criterion[];
  scale: { min: number; max: number };
  own: ScoreRow[];
  /** Other assessors' scores: empty until the assessor's own are submitted. */
  others: { assessor: string; scores: ScoreRow[] }[];
};

/** What an assessor may see of one assignment: the plan after the declaration, others' scores after their own submission. */
export async function getAssessment(ctx: ServiceContext, assignmentId: number): Promise<AssessmentView> {
  const { actor, assignment } = await requireOwnAssignment(ctx, assignmentId);
  const header = await getApplicationHeader(ctx.db, assignment.applicationId);
  const application = assignment.status === 'toegewezen' ? { id: header.id, reference: header.reference, title: header.title } : await getApplication(ctx, header.id);
  const round = await getRound(ctx.db, header.roundId);
  const criteria = await listCriteria(ctx.db, round.programmeId);
  const scale = ruleValue((await loadRoundRules(ctx.db, round)).set, 'beoordelingsschaal') ?? { min: 1, max: 5 };
  const scoreColumns = { criterionId: assessments.criterionId, score: assessments.score, motivation: assessments.comment };
  const own = await ctx.db.select(scoreColumns).from(assessments)
    .where(and(eq(assessments.applicationId, header.id), eq(assessments.assessorUserId, actor.userId))).orderBy(asc(assessments.criterionId));
  if (assignment.status !== 'ingediend') return { assignment, application, criteria, scale, own, others: [] };
  const rows = await ctx.db.select({ ...scoreColumns, assessor: users.name }).from(assessments)
    .innerJoin(users, eq(users.id, assessments.assessorUserId))
    .innerJoin(assessorAssignments, and(eq(assessorAssignments.applicationId, assessments.applicationId), eq(assessorAssignments.assessorUserId, assessments.assessorUserId)))
    .where(and(eq(assessments.applicationId, header.id), ne(assessments.assessorUserId, actor.userId), eq(assessorAssignments.status, 'ingediend')))
    .orderBy(asc(users.name), asc(assessments.criterionId));
  const others = [...new Set(rows.map((r) => r.assessor))].map((assessor) => ({
    assessor, scores: rows.filter((r) => r.assessor === assessor).map(({ criterionId, score, motivation }) => ({ criterionId, score, motivation })),
  }));
  return { assignment, application, criteria, scale, own, others };
}

import { and, eq, inArray } from 'drizzle-orm';
import { applications, assessments, assessorAssignments, decisions, organisations } from '../../db/schema/index.ts';
import { ruleValue } from '../../domain/rules/index.ts';
import { rankCandidates, type RankedCandidate } from '../../domain/selection/ranking.ts';
import { weightedScore } from '../../domain/selection/weighted-score.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { getRound, type RoundRow } from '../rounds/get-round.ts';
import { listCriteria } from '../rounds/list-criteria.ts';
import { loadRoundRules } from '../rounds/load-round-rules.ts';

export const ELIGIBLE_STATUSES = ['ontvankelijk', 'beoordeeld', 'toegekend', 'afgewezen'] as const;

export type RankingRow = RankedCandidate & {
  reference: string; title: string; leadOrganisation: string; status: string; version: number;
  assessorsDone: number; assessorsAssigned: number; decision: { outcome: string; awardedAmount: number } | null;
};
export type RoundRanking = { round: RoundRow; rows: RankingRow[]; budget: number; allocated: number; leftOver: number; lastFittingId: number | null; minScore: number | null };

/** The committee view: eligible applications by weighted score, which fit the round's budget, and what is left over. */
export async function getRanking(ctx: ServiceContext, roundId: number): Promise<RoundRanking> {
  requireRole(ctx, 'programmabureau');
  const round = await getRound(ctx.db, roundId);
  const criteria = await listCriteria(ctx.db, round.programmeId);
  const minScore = ruleValue((await loadRoundRules(ctx.db, round)).set, 'min_gewogen_score') ?? null;
  const apps = await ctx.db
    .select({ id: applications.id, reference: applications.reference, title: applications.title, leadOrganisation: organisations.name,
      requested: applications.requestedAmount, status: applications.status, version: applications.version,
      outcome: decisions.outcome, awardedAmount: decisions.awardedAmount })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .leftJoin(decisions, eq(decisions.applicationId, applications.id))
    .where(and(eq(applications.roundId, round.id), inArray(applications.status, [...ELIGIBLE_STATUSES])));
  const ids = apps.map((a) => a.id);
  const assignments = ids.length ? await ctx.db.select({ applicationId: assessorAssignments.applicationId, assessorUserId: assessorAssignments.assessorUserId, status: assessorAssignments.status })
    .from(assessorAssignments).where(inArray(assessorAssignments.applicationId, ids)) : [];
  // Only submitted scorings count; a draft or a declined assignment adds nothing.
  const done = assignments.filter((a) => a.status === 'ingediend');
  const scores = ids.length ? await ctx.db.select({ applicationId: assessments.applicationId, assessorUserId: assessments.assessorUserId, criterionId: assessments.criterionId, score: assessments.score })
    .from(assessments).where(inArray(assessments.applicationId, ids)) : [];
  const counted = scores.filter((s) => done.some((d) => d.applicationId === s.applicationId && d.assessorUserId === s.assessorUserId));
  const weights = criteria.map((c) => ({ criterionId: c.id, weight: c.weight }));
  const ranking = rankCandidates(apps.map((a) => ({
    applicationId: a.id, requested: a.requested, score: weightedScore(counted.filter((s) => s.applicationId === a.id), weights),
  })), round.budget, minScore);
  const byId = new Map(apps.map((a) => [a.id, a]));
  const rows = ranking.ranked.map((r): RankingRow => {
    const a = byId.get(r.applicationId)!;
    return { ...r, reference: a.reference, title: a.title, leadOrganisation: a.leadOrganisation, status: a.status, version: a.version,
      assessorsDone: done.filter((d) => d.applicationId === a.id).length,
      assessorsAssigned: assignments.filter((d) => d.applicationId === a.id && d.status !== 'conflict').length,
      decision: a.outcome ? { outcome: a.outcome, awardedAmount: a.awardedAmount ?? 0 } : null };
  });
  return { round, rows, budget: ranking.budget, allocated: ranking.allocated, leftOver: ranking.leftOver, lastFittingId: ranking.lastFittingId, minScore };
}

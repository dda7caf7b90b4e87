import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationRuleVersions, applications, budgetBaselineLines, budgetLines, consortia, roundRules } from '../../src/db/schema/index.ts';
import { Conflict, Forbidden, Invalid, NotFound, RulesFailed } from '../../src/errors.ts';
import { describeOutcome } from '../../src/i18n/rules.ts';
import { createApplication } from '../../src/services/applications/create-application.ts';
import { getApplication } from '../../src/services/applications/get-application.ts';
import { listMyApplications } from '../../src/services/applications/list-my-applications.ts';
import { recordEligibility } from '../../src/services/applications/record-eligibility.ts';
import { saveApplication } from '../../src/services/applications/save-application.ts';
import { submitApplication } from '../../src/services/applications/submit-application.ts';
import { assignAssessor } from '../../src/services/assessments/assign-assessor.ts';
import { declareConflict } from '../../src/services/assessments/declare-conflict.ts';
import { getAssessment } from '../../src/services/assessments/get-assessment.ts';
import { listMyAssignments } from '../../src/services/assessments/list-my-assignments.ts';
import { submitScores } from '../../src/services/assessments/submit-scores.ts';
import type { Actor } from '../../src/services/context.ts';
import { getDecisionLetter } from '../../src/services/decisions/get-decision-letter.ts';
import { getRanking } from '../../src/services/decisions/get-ranking.ts';
import { recordDecision } from '../../src/services/decisions/record-decision.ts';
import { getPublicRound } from '../../src/services/rounds/get-public-round.ts';
import { openRound } from '../../src/services/rounds/open-round.ts';
import { content, createSelectionFixture } from '../helpers/selection-factory.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

const IN_WINDOW = new Date('2023-04-01T10:00:00Z');
const LATE = new Date('2023-04-18T08:00:00Z');

type Fixture = Awaited<ReturnType<typeof createSelectionFixture>>;

describe.each(DATABASE_KINDS)('the selection flow on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database?.dispose());

  const as = (actor: Actor) => ({ db: database.db, actor });
  const version = async (id: number) => (await database.db.select({ v: applications.version }).from(applications).where(eq(applications.id, id)))[0]!.v;
  const scores = (f: Fixture, base: number) => f.criterionIds.map((criterionId, i) => ({ criterionId, score: base - (i % 2), motivation: `Motivering bij criterium ${i + 1}.` }));

  // Each test runs the flow up to the step it checks through the use-cases, on a programme and round of its own
  // (the label keeps e-mail addresses and slugs apart), so it passes alone and in any order. Each step is asserted
  // in the test named after it; here it is only arranged.
  let fixtures = 0;
  const arrangeRound = async ({ open }: { open: boolean }) => {
    const f = await createSelectionFixture(database.db, { label: `flow-${++fixtures}` });
    if (open) await openRound(as(f.office), { roundId: f.roundId });
    return f;
  };
  const submit = async (f: Fixture, actor: Actor, applicationId: number, subsidy: number, cofinancing: number) => {
    const saved = await saveApplication(as(actor), { applicationId, version: await version(applicationId), content: content(f, subsidy, cofinancing) });
    await submitApplication(as(actor), { applicationId, version: saved.version, now: IN_WINDOW });
  };
  /** An open round with two submitted applications: the applicant's own (4 mln asked) and the other school's (3 mln). */
  const arrangeSubmitted = async () => {
    const f = await arrangeRound({ open: true });
    const appId = (await createApplication(as(f.applicant), { roundId: f.roundId, leadOrganisationId: f.lead, title: 'Test' })).id;
    await submit(f, f.applicant, appId, 4_000_000, 5_000_000);
    const otherAppId = (await createApplication(as(f.office), { roundId: f.roundId, leadOrganisationId: f.otherSchool, title: 'Tweede' })).id;
    await submit(f, f.otherApplicant, otherAppId, 3_000_000, 4_000_000);
    return { f, appId, otherAppId };
  };
  /** Both eligible; assessor 1 on both applications, assessor 2 on the applicant's own. */
  const arrangeAssigned = async () => {
    const { f, appId, otherAppId } = await arrangeSubmitted();
    for (const id of [appId, otherAppId]) await recordEligibility(as(f.office), { applicationId: id, version: await version(id), decision: { eligible: true } });
    const assign = async (applicationId: number, assessorUserId: number) =>
      (await assignAssessor(as(f.office), { applicationId, assessorUserId, dueOn: '2023-05-30' })).id;
    const assignments = { a1: await assign(appId, f.assessor1.userId), a2: await assign(appId, f.assessor2.userId), a1other: await assign(otherAppId, f.assessor1.userId) };
    return { f, appId, otherAppId, assignments };
  };
  /** Assessor 1 declares no conflict on the applicant's application and a conflict on the other one; assessor 2 has not declared yet. */
  const arrangeDeclared = async () => {
    const arranged = await arrangeAssigned();
    const { f, assignments } = arranged;
    await declareConflict(as(f.assessor1), { assignmentId: assignments.a1, version: 1, hasConflict: false, now: IN_WINDOW });
    await declareConflict(as(f.assessor1), { assignmentId: assignments.a1other, version: 1, hasConflict: true, now: IN_WINDOW });
    return arranged;
  };
  /** Both assessors have scored the applicant's application: 5,4,5,4 and 4,3,4,3. */
  const arrangeScored = async () => {
    const arranged = await arrangeDeclared();
    const { f, assignments } = arranged;
    await submitScores(as(f.assessor1), { assignmentId: assignments.a1, version: 2, scores: scores(f, 5), now: IN_WINDOW });
    await declareConflict(as(f.assessor2), { assignmentId: assignments.a2, version: 1, hasConflict: false, now: IN_WINDOW });
    await submitScores(as(f.assessor2), { assignmentId: assignments.a2, version: 2, scores: scores(f, 4), now: IN_WINDOW });
    return arranged;
  };
  /** The applicant's application awarded 3,5 mln, the other rejected with its (private) reasons. */
  const arrangeDecided = async () => {
    const arranged = await arrangeScored();
    const { f, appId, otherAppId } = arranged;
    await recordDecision(as(f.office), { applicationId: appId, version: await version(appId), decision: { outcome: 'toegekend', awardedAmount: 3_500_000, decidedOn: '2023-07-06' } });
    await recordDecision(as(f.office), { applicationId: otherAppId, version: await version(otherAppId), decision: { outcome: 'afgewezen', awardedAmount: 0, reasons: 'Onder de drempel.', decidedOn: '2023-07-06' } });
    return arranged;
  };

  it('fixes the rule versions in force when the round opens', async () => {
    const f = await arrangeRound({ open: false });
    const { ruleIds } = await openRound(as(f.office), { roundId: f.roundId });
    expect(ruleIds).toHaveLength(6);
    expect(await database.db.select({ id: roundRules.programmeRuleId }).from(roundRules).where(eq(roundRules.roundId, f.roundId))).toHaveLength(6);
    await expect(openRound(as(f.office), { roundId: f.roundId })).rejects.toBeInstanceOf(Conflict);
  });

  it('shows a broken rule with its numbers on save, and refuses to submit it without changing anything', async () => {
    const f = await arrangeRound({ open: true });
    const appId = (await createApplication(as(f.applicant), { roundId: f.roundId, leadOrganisationId: f.lead, title: 'Test' })).id;
    const saved = await saveApplication(as(f.applicant), { applicationId: appId, version: 1, content: content(f, 9_400_000, 10_000_000) });
    const failing = saved.outcomes.filter((o) => !o.passed);
    expect(failing.map((o) => o.rule)).toEqual(['max_toekenning_per_aanvraag']);
    expect(describeOutcome(failing[0]!, 'nl')).toBe('De gevraagde subsidie is € 9,4 mln; het maximum per aanvraag is € 9 mln.');
    const error = await submitApplication(as(f.applicant), { applicationId: appId, version: saved.version, now: IN_WINDOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RulesFailed);
    expect((error as RulesFailed).outcomes.map((o) => o.values)).toEqual([{ requested: 9_400_000, max: 9_000_000 }]);
    const [row] = await database.db.select({ status: applications.status, version: applications.version }).from(applications).where(eq(applications.id, appId));
    expect(row).toEqual({ status: 'concept', version: saved.version });
  });

  it('submits a valid application in the window and records the rule versions it was judged under', async () => {
    const f = await arrangeRound({ open: true });
    const appId = (await createApplication(as(f.applicant), { roundId: f.roundId, leadOrganisationId: f.lead, title: 'Test' })).id;
    const saved = await saveApplication(as(f.applicant), { applicationId: appId, version: await version(appId), content: content(f, 4_000_000, 5_000_000) });
    expect(saved.outcomes.every((o) => o.passed)).toBe(true);
    await submitApplication(as(f.applicant), { applicationId: appId, version: saved.version, now: IN_WINDOW });
    const [row] = await database.db.select({ status: applications.status, requested: applications.requestedAmount, total: applications.totalCosts }).from(applications).where(eq(applications.id, appId));
    expect(row).toEqual({ status: 'ingediend', requested: 4_000_000, total: 9_000_000 });
    expect(await database.db.select().from(applicationRuleVersions).where(eq(applicationRuleVersions.applicationId, appId))).toHaveLength(6);
    await expect(saveApplication(as(f.applicant), { applicationId: appId, version: saved.version + 1, content: content(f, 1, 1) })).rejects.toBeInstanceOf(Conflict);
  });

  it('refuses a submission after the closing date', async () => {
    const f = await arrangeRound({ open: true });
    const otherAppId = (await createApplication(as(f.office), { roundId: f.roundId, leadOrganisationId: f.otherSchool, title: 'Tweede' })).id;
    const saved = await saveApplication(as(f.otherApplicant), { applicationId: otherAppId, version: 1, content: content(f, 3_000_000, 4_000_000) });
    const late = await submitApplication(as(f.otherApplicant), { applicationId: otherAppId, version: saved.version, now: LATE }).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(Invalid);
    expect((late as Invalid).problems).toEqual([{ name: 'ronde', reason: 'selection.round.closed' }]);
    await submitApplication(as(f.otherApplicant), { applicationId: otherAppId, version: saved.version, now: IN_WINDOW });
  });

  it('lets an applicant see and edit only their own organisation’s applications', async () => {
    const { f, appId, otherAppId } = await arrangeSubmitted();
    expect((await listMyApplications(as(f.applicant))).map((a) => a.id)).toEqual([appId]);
    expect((await listMyApplications(as(f.otherApplicant))).map((a) => a.id)).toEqual([otherAppId]);
    await expect(getApplication(as(f.otherApplicant), appId)).rejects.toBeInstanceOf(Forbidden);
    await expect(createApplication(as(f.otherApplicant), { roundId: f.roundId, leadOrganisationId: f.lead, title: 'Niet van mij' })).rejects.toBeInstanceOf(Forbidden);
    await expect(getDecisionLetter(as(f.otherApplicant), appId)).rejects.toBeInstanceOf(Forbidden);
  });

  it('records eligibility and assigns assessors', async () => {
    const { f, appId, otherAppId } = await arrangeSubmitted();
    await recordEligibility(as(f.office), { applicationId: appId, version: await version(appId), decision: { eligible: true } });
    await recordEligibility(as(f.office), { applicationId: otherAppId, version: await version(otherAppId), decision: { eligible: true } });
    await expect(recordEligibility(as(f.applicant), { applicationId: appId, version: 1, decision: { eligible: true } })).rejects.toBeInstanceOf(Forbidden);
    await assignAssessor(as(f.office), { applicationId: appId, assessorUserId: f.assessor1.userId, dueOn: '2023-05-30' });
    await assignAssessor(as(f.office), { applicationId: appId, assessorUserId: f.assessor2.userId, dueOn: '2023-05-30' });
    await assignAssessor(as(f.office), { applicationId: otherAppId, assessorUserId: f.assessor1.userId, dueOn: '2023-05-30' });
    await expect(assignAssessor(as(f.office), { applicationId: appId, assessorUserId: f.applicant.userId, dueOn: '2023-05-30' })).rejects.toBeInstanceOf(Invalid);
  });

  it('shows an assessor the plan only after declaring no conflict, and never after declining', async () => {
    const { f, appId, otherAppId, assignments } = await arrangeAssigned();
    await expect(getApplication(as(f.assessor1), appId)).rejects.toBeInstanceOf(Forbidden);
    const before = await getAssessment(as(f.assessor1), assignments.a1);
    expect(before.application).toEqual({ id: appId, reference: expect.any(String), title: 'Opschaling pps Test' });
    await declareConflict(as(f.assessor1), { assignmentId: assignments.a1, version: 1, hasConflict: false, now: IN_WINDOW });
    expect((await getApplication(as(f.assessor1), appId)).cells).toHaveLength(2);
    await declareConflict(as(f.assessor1), { assignmentId: assignments.a1other, version: 1, hasConflict: true, now: IN_WINDOW });
    expect((await listMyAssignments(as(f.assessor1))).map((a) => a.applicationId)).toEqual([appId]);
    await expect(getApplication(as(f.assessor1), otherAppId)).rejects.toBeInstanceOf(Forbidden);
    await expect(getAssessment(as(f.assessor1), assignments.a1other)).rejects.toBeInstanceOf(Forbidden);
    await expect(getAssessment(as(f.assessor2), assignments.a1)).rejects.toBeInstanceOf(NotFound);
  });

  it('hides other assessors’ scores until one’s own are submitted', async () => {
    const { f, assignments } = await arrangeDeclared();
    const bad = await submitScores(as(f.assessor1), { assignmentId: assignments.a1, version: 2, scores: scores(f, 9), now: IN_WINDOW }).catch((e: unknown) => e);
    expect((bad as Invalid).problems.map((p) => p.reason)).toEqual(Array(4).fill('selection.score.outOfScale'));
    await submitScores(as(f.assessor1), { assignmentId: assignments.a1, version: 2, scores: scores(f, 5), now: IN_WINDOW });
    await expect(submitScores(as(f.assessor2), { assignmentId: assignments.a2, version: 1, scores: scores(f, 4), now: IN_WINDOW })).rejects.toBeInstanceOf(Conflict);
    await declareConflict(as(f.assessor2), { assignmentId: assignments.a2, version: 1, hasConflict: false, now: IN_WINDOW });
    const mid = await getAssessment(as(f.assessor2), assignments.a2);
    expect(mid.others).toEqual([]);
    expect(JSON.stringify(mid)).not.toContain('Motivering');
    await submitScores(as(f.assessor2), { assignmentId: assignments.a2, version: 2, scores: scores(f, 4), now: IN_WINDOW });
    const after = await getAssessment(as(f.assessor2), assignments.a2);
    expect(after.others).toHaveLength(1);
    expect(after.others[0]!.scores.map((s) => s.score)).toEqual([5, 4, 5, 4]);
  });

  it('ranks by weighted score within the budget and says what is left over', async () => {
    const { f, appId, otherAppId } = await arrangeScored();
    const ranking = await getRanking(as(f.office), f.roundId);
    // Weights 2,1,1,1: assessor 1 scores 5,4,5,4 → 23/5; assessor 2 scores 4,3,4,3 → 18/5; mean 4.1.
    expect(ranking.rows.map((r) => [r.applicationId, r.score, r.fits])).toEqual([[appId, 4.1, true], [otherAppId, null, false]]);
    expect(ranking).toMatchObject({ allocated: 4_000_000, leftOver: 6_000_000, lastFittingId: appId });
    await expect(getRanking(as(f.assessor1), f.roundId)).rejects.toBeInstanceOf(Forbidden);
  });

  it('refuses an award above the request, and turns an award into the consortium with its approved budget', async () => {
    const { f, appId, otherAppId } = await arrangeScored();
    const over = await recordDecision(as(f.office), { applicationId: appId, version: await version(appId), decision: { outcome: 'toegekend', awardedAmount: 4_100_000, decidedOn: '2023-07-06' } }).catch((e: unknown) => e);
    expect((over as Invalid).problems).toEqual([{ name: 'bedrag', reason: 'selection.decision.overRequest' }]);
    const { consortiumId } = await recordDecision(as(f.office), { applicationId: appId, version: await version(appId), decision: { outcome: 'toegekend', awardedAmount: 3_500_000, decidedOn: '2023-07-06' } });
    const [c] = await database.db.select({ name: consortia.name, lead: consortia.leadOrganisationId }).from(consortia).where(eq(consortia.id, consortiumId!));
    expect(c).toEqual({ name: 'Opschaling pps Test', lead: f.lead });
    const lines = await database.db.select({ source: budgetLines.source, total: sql<number>`sum(${budgetLines.plannedAmount})`.mapWith(Number) })
      .from(budgetLines).where(eq(budgetLines.consortiumId, consortiumId!)).groupBy(budgetLines.source).orderBy(budgetLines.source);
    // Enum order: the subsidy first.
    expect(lines).toEqual([{ source: 'ngf_subsidie', total: 3_500_000 }, { source: 'bedrijfsleven', total: 5_000_000 }]);
    const baseline = await database.db.select({ total: sql<number>`sum(${budgetBaselineLines.amount})`.mapWith(Number) }).from(budgetBaselineLines).where(eq(budgetBaselineLines.consortiumId, consortiumId!));
    expect(baseline).toEqual([{ total: 8_500_000 }]);
    const rejected = await recordDecision(as(f.office), { applicationId: otherAppId, version: await version(otherAppId), decision: { outcome: 'afgewezen', awardedAmount: 0, reasons: '', decidedOn: '2023-07-06' } }).catch((e: unknown) => e);
    expect((rejected as Invalid).problems).toEqual([{ name: 'motivering', reason: 'selection.decision.reasonsMissing' }]);
    await recordDecision(as(f.office), { applicationId: otherAppId, version: await version(otherAppId), decision: { outcome: 'afgewezen', awardedAmount: 0, reasons: 'Onder de drempel.', decidedOn: '2023-07-06' } });
    expect((await getDecisionLetter(as(f.applicant), appId))).toMatchObject({ outcome: 'toegekend', awardedAmount: 3_500_000, requestedAmount: 4_000_000 });
  });

  it('shows the public the counts and the honoured consortium, and nothing private', async () => {
    const { f } = await arrangeDecided();
    const round = await getPublicRound({ db: database.db, actor: null }, f.roundId);
    expect(round).toMatchObject({ applied: 2, honoured: 1, awardedTotal: 3_500_000, budget: 10_000_000 });
    expect(round.criteria).toHaveLength(4);
    expect(round.honouredConsortia).toEqual([{ consortiumId: expect.any(Number), slug: expect.any(String), name: 'Opschaling pps Test', awardedAmount: 3_500_000 }]);
    const text = JSON.stringify(round);
    for (const secret of ['Motivering', 'Onder de drempel', 'Tweede', 'conflict']) expect(text).not.toContain(secret);
  });
});

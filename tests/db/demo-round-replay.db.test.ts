import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/services/context.ts';
import { createApplication } from '../../src/services/applications/create-application.ts';
import { readApplicationContents } from '../../src/services/applications/read-application.ts';
import { recordEligibility } from '../../src/services/applications/record-eligibility.ts';
import { saveApplication } from '../../src/services/applications/save-application.ts';
import { submitApplication } from '../../src/services/applications/submit-application.ts';
import { assignAssessor } from '../../src/services/assessments/assign-assessor.ts';
import { declareConflict } from '../../src/services/assessments/declare-conflict.ts';
import { submitScores } from '../../src/services/assessments/submit-scores.ts';
import { getRanking } from '../../src/services/decisions/get-ranking.ts';
import { recordDecision } from '../../src/services/decisions/record-decision.ts';
import { createRound } from '../../src/services/rounds/create-round.ts';
import { openRound } from '../../src/services/rounds/open-round.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// The demo writes its 2023 round in bulk through the selection's pure cores. This replays the same 21 applications,
// declarations and scores through the portal's use-cases in a round of their own, and checks that the flow arrives
// at the same 15 awards and the published figures.
describe.each(DATABASE_KINDS)('the demo round replayed through the use-cases on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: true });
  }, 180_000);
  afterAll(() => database?.dispose());

  it('reproduces the awards: 21 applications, 15 honoured, € 123 mln, lowest € 4,3 mln, highest € 9 mln, average € 8,2 mln', async () => {
    const db = database.db;
    const [officeRow] = await db.select({ userId: s.userRoles.userId }).from(s.userRoles).where(eq(s.userRoles.role, 'programmabureau')).limit(1);
    const office: Actor = { userId: officeRow!.userId, roles: [{ role: 'programmabureau', consortiumId: null }] };
    const assessorOf = (userId: number): Actor => ({ userId, roles: [{ role: 'beoordelaar', consortiumId: null }] });
    const as = (actor: Actor) => ({ db, actor });
    const [demoRound] = await db.select().from(s.rounds).limit(1);
    const { id: roundId } = await createRound(as(office), { programmeId: demoRound!.programmeId, name: 'Herhaling 2023', opensOn: demoRound!.opensOn, closesOn: demoRound!.closesOn, budget: demoRound!.budget });
    await openRound(as(office), { roundId });
    const submittedAt = new Date(`${demoRound!.closesOn}T09:00:00Z`);

    const originals = await db.select({ id: s.applications.id, title: s.applications.title, lead: s.applications.leadOrganisationId, status: s.applications.status, reasons: s.applications.eligibilityReasons })
      .from(s.applications).where(eq(s.applications.roundId, demoRound!.id)).orderBy(asc(s.applications.id));
    expect(originals).toHaveLength(21);
    const replayOf = new Map<number, number>();
    for (const o of originals) {
      const { id } = await createApplication(as(office), { roundId, leadOrganisationId: o.lead, title: o.title });
      const c = await readApplicationContents(db, o.id);
      const saved = await saveApplication(as(office), { applicationId: id, version: 1, content: {
        title: o.title, partnerIds: c.partners.map((p) => p.id), ppsNames: c.ppsNames, provinces: c.provinces, sectors: c.sectors, cells: c.cells, plans: c.plans,
      } });
      const submitted = await submitApplication(as(office), { applicationId: id, version: saved.version, now: submittedAt });
      const eligible = o.status !== 'niet_ontvankelijk';
      await recordEligibility(as(office), { applicationId: id, version: submitted.version, decision: eligible ? { eligible: true } : { eligible: false, reasons: o.reasons } });
      replayOf.set(o.id, id);
      if (!eligible) continue;
      const scores = await db.select({ assessor: s.assessments.assessorUserId, criterionId: s.assessments.criterionId, score: s.assessments.score, motivation: s.assessments.comment })
        .from(s.assessments).where(eq(s.assessments.applicationId, o.id));
      for (const assessor of [...new Set(scores.map((x) => x.assessor))]) {
        const { id: assignmentId } = await assignAssessor(as(office), { applicationId: id, assessorUserId: assessor, dueOn: '2023-06-01' });
        const declared = await declareConflict(as(assessorOf(assessor)), { assignmentId, version: 1, hasConflict: false, now: submittedAt });
        await submitScores(as(assessorOf(assessor)), { assignmentId, version: declared.version, now: submittedAt,
          scores: scores.filter((x) => x.assessor === assessor).map(({ criterionId, score, motivation }) => ({ criterionId, score, motivation })) });
      }
    }

    const decided = await db.select({ applicationId: s.decisions.applicationId, outcome: s.decisions.outcome, amount: s.decisions.awardedAmount })
      .from(s.decisions).where(inArray(s.decisions.applicationId, originals.map((o) => o.id)));
    const ranking = await getRanking(as(office), roundId);
    const originalOf = new Map([...replayOf].map(([o, r]) => [r, o]));
    for (const row of ranking.rows) {
      const demo = decided.find((d) => d.applicationId === originalOf.get(row.applicationId))!;
      // The flow's ranking must pick the same applications as the demo's bulk selection did.
      expect({ id: originalOf.get(row.applicationId), fits: row.fits }).toEqual({ id: demo.applicationId, fits: demo.outcome === 'toegekend' });
      await recordDecision(as(office), { applicationId: row.applicationId, version: row.version, decision: row.fits
        ? { outcome: 'toegekend', awardedAmount: demo.amount, decidedOn: '2023-07-06' }
        : { outcome: 'afgewezen', awardedAmount: 0, reasons: 'Lager gescoord op de selectiecriteria.', decidedOn: '2023-07-06' } });
    }

    const replayed = await db.select({ outcome: s.decisions.outcome, amount: s.decisions.awardedAmount }).from(s.decisions)
      .innerJoin(s.applications, eq(s.applications.id, s.decisions.applicationId)).where(and(eq(s.applications.roundId, roundId), ne(s.decisions.outcome, 'afgewezen')));
    const amounts = replayed.map((r) => r.amount);
    const applied = await db.select({ id: s.applications.id }).from(s.applications).where(and(eq(s.applications.roundId, roundId), ne(s.applications.status, 'concept')));
    expect(applied).toHaveLength(21);
    expect(amounts).toHaveLength(15);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(123_000_000);
    expect(Math.round(Math.min(...amounts) / 100_000) / 10).toBe(4.3);
    expect(Math.max(...amounts)).toBe(9_000_000);
    expect(Math.round(amounts.reduce((a, b) => a + b, 0) / amounts.length / 100_000) / 10).toBe(8.2);
  }, 120_000);
});

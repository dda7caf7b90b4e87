import type { Db } from '../../src/db/client.ts';
import * as s from '../../src/db/schema/index.ts';
import { loadCodeLists } from '../../src/seed/load-demo.ts';
import type { Actor } from '../../src/services/context.ts';
import { openRound } from '../../src/services/rounds/open-round.ts';
import { createApplication } from '../../src/services/applications/create-application.ts';
import { saveApplication } from '../../src/services/applications/save-application.ts';
import { submitApplication } from '../../src/services/applications/submit-application.ts';
import { recordEligibility } from '../../src/services/applications/record-eligibility.ts';
import { assignAssessor } from '../../src/services/assessments/assign-assessor.ts';
import { declareConflict } from '../../src/services/assessments/declare-conflict.ts';
import { submitScores } from '../../src/services/assessments/submit-scores.ts';
import { recordDecision } from '../../src/services/decisions/record-decision.ts';

/**
 * A small programme of its own for selection tests: rules, four criteria, two action lines, a round, people.
 * A `label` makes the programme's slug and the people's e-mail addresses unique, so several fixtures fit in one
 * database (one per test); names stay as they are, so pages read the same.
 */
export async function createSelectionFixture(db: Db, round: { opensOn?: string; closesOn?: string; budget?: number; label?: string } = {}) {
  const suffix = round.label ? `-${round.label}` : '';
  await db.transaction(async (tx) => loadCodeLists(tx));
  const [programme] = await db.insert(s.programmes).values({ slug: `p${suffix}`, name: 'Regeling', shortName: 'R', budgetCeiling: 100_000_000, startsOn: '2023-01-01', endsOn: '2030-12-31' }).returning({ id: s.programmes.id });
  const programmeId = programme!.id;
  await db.insert(s.programmeRules).values([
    { programmeId, code: 'max_toekenning_per_aanvraag', value: 9_000_000, descriptionNl: 'max', validFrom: '2023-01-01' },
    { programmeId, code: 'max_subsidieaandeel', value: 0.5, descriptionNl: 'aandeel', validFrom: '2023-01-01' },
    { programmeId, code: 'min_provincies_per_consortium', value: 1, descriptionNl: 'prov', validFrom: '2023-01-01' },
    { programmeId, code: 'verplichte_partnertypen', value: ['onderwijsinstelling', 'bedrijf'], descriptionNl: 'typen', validFrom: '2023-01-01' },
    { programmeId, code: 'beoordelingsschaal', value: { min: 1, max: 5 }, descriptionNl: 'schaal', validFrom: '2023-01-01' },
    { programmeId, code: 'min_gewogen_score', value: 3, descriptionNl: 'drempel', validFrom: '2023-01-01' },
  ]);
  const lines = await db.insert(s.actionLines).values([
    { programmeId, code: 'AL1', position: 1, nameNl: 'Ketens', nameEn: 'Chains' },
    { programmeId, code: 'AL2', position: 2, nameNl: 'Talent', nameEn: 'Talent' },
  ]).returning({ id: s.actionLines.id });
  const criteria = await db.insert(s.selectionCriteria).values(['krapte', 'bijdrage', 'bereik', 'aansluiting'].map((code, i) => ({
    programmeId, code, position: i + 1, nameNl: `Criterium ${code}`, nameEn: `Criterion ${code}`, weight: i === 0 ? 2 : 1,
  }))).returning({ id: s.selectionCriteria.id });
  const [r] = await db.insert(s.rounds).values({ programmeId, name: 'Testronde', opensOn: round.opensOn ?? '2023-03-20', closesOn: round.closesOn ?? '2023-04-17', budget: round.budget ?? 10_000_000, status: 'gepland' }).returning({ id: s.rounds.id });
  const orgs = await db.insert(s.organisations).values([
    { name: 'ROC Test', kind: 'onderwijsinstelling', educationLevel: 'mbo' },
    { name: 'Bedrijf Test BV', kind: 'bedrijf', companySize: 'mkb' },
    { name: 'Andere School', kind: 'onderwijsinstelling', educationLevel: 'hbo' },
  ]).returning({ id: s.organisations.id });
  const people = await db.insert(s.users).values(['office', 'assessor1', 'assessor2', 'applicant', 'other-applicant'].map((n) => ({ email: `${n}${suffix}@test.nl`, name: n }))).returning({ id: s.users.id });
  const [office, a1, a2, applicant, other] = people.map((p) => p.id) as [number, number, number, number, number];
  await db.insert(s.userRoles).values([
    { userId: office, role: 'programmabureau' }, { userId: a1, role: 'beoordelaar' }, { userId: a2, role: 'beoordelaar' },
    { userId: applicant, role: 'aanvrager' }, { userId: other, role: 'aanvrager' },
  ]);
  await db.insert(s.applicantEditors).values([{ userId: applicant, organisationId: orgs[0]!.id }, { userId: other, organisationId: orgs[2]!.id }]);
  const actor = (userId: number, role: Actor['roles'][number]['role']): Actor => ({ userId, roles: [{ role, consortiumId: null }] });
  return {
    programmeId, roundId: r!.id, actionLineIds: lines.map((l) => l.id), criterionIds: criteria.map((c) => c.id),
    lead: orgs[0]!.id, company: orgs[1]!.id, otherSchool: orgs[2]!.id,
    office: actor(office, 'programmabureau'), assessor1: actor(a1, 'beoordelaar'), assessor2: actor(a2, 'beoordelaar'),
    applicant: actor(applicant, 'aanvrager'), otherApplicant: actor(other, 'aanvrager'),
  };
}

/** Application content: `subsidy` asked against `cofinancing` from business, over the first action line in 2024. */
export function content(f: { actionLineIds: number[]; company: number }, subsidy: number, cofinancing: number) {
  return {
    title: 'Opschaling pps Test', partnerIds: [f.company], ppsNames: ['Pps Test'], provinces: ['PV26'], sectors: ['energie'],
    cells: [
      { actionLineId: f.actionLineIds[0]!, year: 2024, source: 'ngf_subsidie', amount: subsidy },
      { actionLineId: f.actionLineIds[0]!, year: 2024, source: 'bedrijfsleven', amount: cofinancing },
    ],
    plans: [{ actionLineId: f.actionLineIds[0]!, text: 'Wij schalen op.' }],
  };
}

type Fixture = Awaited<ReturnType<typeof createSelectionFixture>>;

/** Runs a small round through the use-cases: one awarded (3,5 mln of 4 mln asked), one rejected, both with private motivations. */
export async function decideSmallRound(db: Db, f: Fixture): Promise<{ awardedId: number; rejectedId: number; secrets: string[] }> {
  const now = new Date('2023-04-01T10:00:00Z');
  const as = (actor: Actor) => ({ db, actor });
  await openRound(as(f.office), { roundId: f.roundId });
  const ids: number[] = [];
  for (const [lead, title, subsidy] of [[f.lead, 'Gehonoreerd Plan', 4_000_000], [f.otherSchool, 'Geheim Afgewezen Plan', 3_000_000]] as const) {
    const { id } = await createApplication(as(f.office), { roundId: f.roundId, leadOrganisationId: lead, title });
    const saved = await saveApplication(as(f.office), { applicationId: id, version: 1, content: { ...content(f, subsidy, subsidy + 1_000_000), title } });
    await submitApplication(as(f.office), { applicationId: id, version: saved.version, now });
    await recordEligibility(as(f.office), { applicationId: id, version: saved.version + 1, decision: { eligible: true } });
    const { id: assignmentId } = await assignAssessor(as(f.office), { applicationId: id, assessorUserId: f.assessor1.userId, dueOn: '2023-05-30' });
    await declareConflict(as(f.assessor1), { assignmentId, version: 1, hasConflict: false, now });
    await submitScores(as(f.assessor1), { assignmentId, version: 2, now, scores: f.criterionIds.map((criterionId) => ({ criterionId, score: subsidy > 3_000_000 ? 5 : 2, motivation: 'Geheime motivering van de beoordelaar.' })) });
    ids.push(id);
  }
  await recordDecision(as(f.office), { applicationId: ids[0]!, version: 4, decision: { outcome: 'toegekend', awardedAmount: 3_500_000, decidedOn: '2023-07-06' } });
  await recordDecision(as(f.office), { applicationId: ids[1]!, version: 4, decision: { outcome: 'afgewezen', awardedAmount: 0, reasons: 'Geheime reden van afwijzing.', decidedOn: '2023-07-06' } });
  return { awardedId: ids[0]!, rejectedId: ids[1]!, secrets: ['Geheime motivering', 'Geheim Afgewezen Plan', 'Geheime reden', 'Andere School'] };
}

import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { budgetLines, memberships, progressReports, targets } from '../../src/db/schema/index.ts';
import { Forbidden, Unauthorized } from '../../src/errors.ts';
import type { Actor, ServiceContext } from '../../src/services/context.ts';
import { addPartner } from '../../src/services/consortia/add-partner.ts';
import { createPps } from '../../src/services/consortia/create-pps.ts';
import { removePartner } from '../../src/services/consortia/remove-partner.ts';
import { updateConsortiumProfile } from '../../src/services/consortia/update-consortium-profile.ts';
import { updatePps } from '../../src/services/consortia/update-pps.ts';
import { updateTargets } from '../../src/services/consortia/update-targets.ts';
import { upsertBudgetLines } from '../../src/services/consortia/upsert-budget-lines.ts';
import { getConsortiumProfile } from '../../src/services/consortia/get-consortium-profile.ts';
import { getPpsForEdit } from '../../src/services/consortia/get-pps-for-edit.ts';
import { approveReport } from '../../src/services/reports/approve-report.ts';
import { commentOnReport } from '../../src/services/reports/comment-on-report.ts';
import { createReport } from '../../src/services/reports/create-report.ts';
import { returnReport } from '../../src/services/reports/return-report.ts';
import { saveReport } from '../../src/services/reports/save-report.ts';
import { readReportContents } from '../../src/services/reports/read-report-contents.ts';
import { submitReport } from '../../src/services/reports/submit-report.ts';
import { fingerprint } from '../helpers/db-fingerprint.ts';
import { inRollback } from '../helpers/in-rollback.ts';
import { addFundedBudget, addOtherRealisations, addReport, addTargets, createConsortium, createOrganisation, createProgramme } from '../helpers/factories.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

type Expect = 'allow' | 'deny';
type ActorKind = 'anonymous' | 'office' | 'assessor' | 'own coordinator' | 'other coordinator';
const ACTOR_KINDS: ActorKind[] = ['anonymous', 'office', 'assessor', 'own coordinator', 'other coordinator'];
type Case = { useCase: string; consortiumId: number; expected: Record<ActorKind, Expect>; run: (ctx: ServiceContext) => Promise<unknown> };

// Who may do what: the office and the own coordinator maintain consortium data; reports are written by the
// own coordinator only and reviewed by the office only; assessors and other coordinators never write here.
const MAINTAIN = { anonymous: 'deny', office: 'allow', assessor: 'deny', 'own coordinator': 'allow', 'other coordinator': 'deny' } as const;
const AUTHOR = { anonymous: 'deny', office: 'deny', assessor: 'deny', 'own coordinator': 'allow', 'other coordinator': 'deny' } as const;
const REVIEW = { anonymous: 'deny', office: 'allow', assessor: 'deny', 'own coordinator': 'deny', 'other coordinator': 'deny' } as const;

async function reportOf(db: Db, consortiumId: number, year: number) {
  const [r] = await db.select({ id: progressReports.id, version: progressReports.version }).from(progressReports)
    .where(and(eq(progressReports.consortiumId, consortiumId), eq(progressReports.periodYear, year)));
  return r!;
}

/**
 * Three consortia of a programme of its own: C for the maintenance cases (a funded budget, targets, an approved
 * 2024 report), CONCEPT_C with a concept on 2025 and SUBMITTED_C with a submitted one; plus the people of every kind.
 */
async function buildCases(db: Db): Promise<{ cases: Case[]; actorFor: (kind: ActorKind, consortiumId: number) => Actor | null }> {
  const programme = await createProgramme(db);
  const consortium = await createConsortium(db, programme);
  const C = consortium.id;
  await addFundedBudget(db, programme, consortium, { years: [2024, 2027], amount: 100_000 });
  await addTargets(db, programme, C, { baseline: 100, target: 300 });
  await addReport(db, programme, consortium, { year: 2024, status: 'goedgekeurd', value: 120, realised: 50_000 });
  const conceptConsortium = await createConsortium(db, programme);
  const CONCEPT_C = conceptConsortium.id;
  await addOtherRealisations(db, programme, await addReport(db, programme, conceptConsortium, { year: 2025, status: 'concept', value: 130, realised: 50_000 }), 10_000);
  const submittedConsortium = await createConsortium(db, programme);
  const SUBMITTED_C = submittedConsortium.id;
  await addReport(db, programme, submittedConsortium, { year: 2025, status: 'ingediend', value: 140, realised: 50_000 });
  const coordinators = new Map([consortium, conceptConsortium, submittedConsortium].map((c) => [c.id, c.coordinator.actor]));
  const actorFor = (kind: ActorKind, consortiumId: number): Actor | null => {
    switch (kind) {
      case 'anonymous': return null;
      case 'office': return programme.office.actor;
      case 'assessor': return programme.assessor.actor;
      case 'own coordinator': return coordinators.get(consortiumId)!;
      case 'other coordinator': return [...coordinators].find(([id]) => id !== consortiumId)![1];
    }
  };
  const office = { db, actor: programme.office.actor };
  const profile = await getConsortiumProfile(office, { consortiumId: C });
  const p = consortium.pps[0]!;
  const ppsForm = await getPpsForEdit(office, { ppsId: p.id });
  const [member] = await db.select({ id: memberships.id, version: memberships.version }).from(memberships)
    .where(and(eq(memberships.ppsId, p.id), eq(memberships.role, 'partner'), isNull(memberships.until))).limit(1);
  const outsider = await createOrganisation(db, { name: 'Buitenstaander BV' });
  const [line] = await db.select({ actionLineId: budgetLines.actionLineId, plannedAmount: budgetLines.plannedAmount, version: budgetLines.version }).from(budgetLines)
    .where(and(eq(budgetLines.consortiumId, C), eq(budgetLines.year, 2027), eq(budgetLines.source, 'ngf_subsidie'))).limit(1);
  const [target] = await db.select().from(targets).where(eq(targets.consortiumId, C)).limit(1);
  const concept = await reportOf(db, CONCEPT_C, 2025);
  const conceptContents = await readReportContents(db, concept.id);
  const submitted = await reportOf(db, SUBMITTED_C, 2025);
  const approved = await reportOf(db, C, 2024);
  const { id: _id, consortiumId: _c, version: ppsVersion, ...ppsFields } = ppsForm;
  const cases: Case[] = [
    { useCase: 'updateConsortiumProfile', consortiumId: C, expected: MAINTAIN, run: (ctx) => updateConsortiumProfile(ctx, { ...profile, consortiumId: C, description: 'Nieuw profiel', version: profile.version }) },
    { useCase: 'createPps', consortiumId: C, expected: MAINTAIN, run: (ctx) => createPps(ctx, { ...ppsFields, consortiumId: C, name: 'Nieuwe pps test' }) },
    { useCase: 'updatePps', consortiumId: C, expected: MAINTAIN, run: (ctx) => updatePps(ctx, { ...ppsFields, ppsId: p.id, name: 'Hernoemd', version: ppsVersion }) },
    { useCase: 'addPartner', consortiumId: C, expected: MAINTAIN, run: (ctx) => addPartner(ctx, { ppsId: p.id, organisationId: outsider.id }) },
    { useCase: 'addPartner (new organisation)', consortiumId: C, expected: MAINTAIN, run: (ctx) => addPartner(ctx, { ppsId: p.id, organisation: { name: 'Testbedrijf Matrix BV', kind: 'bedrijf', companySize: 'mkb', kvkNumber: '99887766' } }) },
    { useCase: 'removePartner', consortiumId: C, expected: MAINTAIN, run: (ctx) => removePartner(ctx, { membershipId: member!.id, version: member!.version }) },
    { useCase: 'upsertBudgetLines', consortiumId: C, expected: MAINTAIN, run: (ctx) => upsertBudgetLines(ctx, { consortiumId: C, lines: [{ actionLineId: line!.actionLineId, year: 2027, source: 'ngf_subsidie', plannedAmount: line!.plannedAmount - 1000, version: line!.version }] }) },
    { useCase: 'updateTargets', consortiumId: C, expected: MAINTAIN, run: (ctx) => updateTargets(ctx, { consortiumId: C, targets: [{ indicatorId: target!.indicatorId, baselineValue: target!.baselineValue, baselineYear: target!.baselineYear, targetValue: target!.targetValue + 10, targetYear: target!.targetYear, version: target!.version }] }) },
    { useCase: 'createReport', consortiumId: C, expected: AUTHOR, run: (ctx) => createReport(ctx, { consortiumId: C, periodYear: 2026, today: new Date('2027-01-15') }) },
    { useCase: 'saveReport', consortiumId: CONCEPT_C, expected: AUTHOR, run: (ctx) => saveReport(ctx, { reportId: concept.id, version: concept.version, ...conceptContents }) },
    { useCase: 'submitReport', consortiumId: CONCEPT_C, expected: AUTHOR, run: (ctx) => submitReport(ctx, { reportId: concept.id, version: concept.version }) },
    { useCase: 'commentOnReport', consortiumId: C, expected: { ...MAINTAIN }, run: (ctx) => commentOnReport(ctx, { reportId: approved.id, body: 'Vraag over de cijfers' }) },
    { useCase: 'approveReport', consortiumId: SUBMITTED_C, expected: REVIEW, run: (ctx) => approveReport(ctx, { reportId: submitted.id, version: submitted.version }) },
    { useCase: 'returnReport', consortiumId: SUBMITTED_C, expected: REVIEW, run: (ctx) => returnReport(ctx, { reportId: submitted.id, version: submitted.version, note: 'Graag aanvullen' }) },
  ];
  return { cases, actorFor };
}

describe.each(DATABASE_KINDS)('authorization matrix of the portal write use-cases on %s', (kind) => {
  let database: TestDatabase;
  let cases: Case[];
  let actorFor: (kind: ActorKind, consortiumId: number) => Actor | null;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    ({ cases, actorFor } = await buildCases(database.db));
  });
  afterAll(() => database?.dispose());

  it('allows and denies exactly as the matrix says, and a denial writes nothing', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    const start = await fingerprint(database.db);
    for (const c of cases) {
      for (const who of ACTOR_KINDS) {
        const result = await inRollback(database.db, async (tx) => {
          const before = await fingerprint(tx);
          const outcome = await c.run({ db: tx, actor: actorFor(who, c.consortiumId) }).then(() => 'allow' as const, (error: unknown) => error);
          return { before, after: await fingerprint(tx), outcome };
        });
        const got = result.outcome === 'allow' ? 'allow' : 'deny';
        outcomes.push(`${c.useCase} × ${who}: ${got}`);
        expected.push(`${c.useCase} × ${who}: ${c.expected[who]}`);
        if (got === 'deny') {
          // Denied for the right reason (not some other failure), and nothing written, not even an audit row.
          expect(result.outcome, `${c.useCase} × ${who}`).toBeInstanceOf(who === 'anonymous' ? Unauthorized : Forbidden);
          expect(result.after, `${c.useCase} × ${who} wrote something`).toEqual(result.before);
        } else {
          expect(Number(result.after.audit_log), `${c.useCase} × ${who} left no audit row`).toBeGreaterThan(Number(result.before.audit_log));
        }
      }
    }
    expect(outcomes).toEqual(expected);
    expect(outcomes).toHaveLength(cases.length * ACTOR_KINDS.length);
    expect(await fingerprint(database.db)).toEqual(start);
  });

  it('leaves the data as it was made (every case runs in a rolled-back transaction)', async () => {
    const count = async (status: 'ingediend' | 'concept') => (await database.db.select({ n: sql<number>`count(*)::int` }).from(progressReports).where(eq(progressReports.status, status)))[0]?.n;
    expect([await count('ingediend'), await count('concept')]).toEqual([1, 1]);
  });
});

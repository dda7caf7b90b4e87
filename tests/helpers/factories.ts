import type { Db } from '../../src/db/client.ts';
import * as s from '../../src/db/schema/index.ts';
import type { ProvinceCode, SectorCode } from '../../src/domain/code-lists.ts';
import { hashPassword } from '../../src/services/auth/password-hash.ts';
import type { Actor } from '../../src/services/context.ts';
import { loadCodeLists } from '../../src/seed/load-demo.ts';
import { MUNICIPALITIES } from '../../src/seed/municipalities.ts';
import { ACTION_LINES, INDICATORS, PROGRAMME, ROUND, RULES, SELECTION_CRITERIA } from '../../src/seed/programme-definition.ts';

// Small data for tests: a programme with its rules, and consortia with a few pps'en, made per test.
// Names and codes come from a counter so tests in one database never collide.
let counter = 0;
const next = () => ++counter;

export const TEST_PASSWORD = 'test-wachtwoord-2026';
let passwordHash: Promise<string> | undefined;
const hashedPassword = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export type TestProgramme = {
  id: number;
  actionLines: { id: number; code: string }[];
  indicators: { id: number; code: string; disaggregations: s.Disaggregation[] }[];
  office: TestUser;
  assessor: TestUser;
};
export type TestUser = { id: number; email: string; actor: Actor };

/** The scheme's programme as published (rules, action lines, indicators), an office account and an assessor. */
export async function createProgramme(db: Db): Promise<TestProgramme> {
  await db.transaction(async (tx) => loadCodeLists(tx));
  const [programme] = await db.insert(s.programmes).values(PROGRAMME).returning({ id: s.programmes.id });
  const programmeId = programme!.id;
  await db.insert(s.programmeRules).values(RULES.map((r) => ({
    programmeId, code: r.code, value: r.value, descriptionNl: r.descriptionNl, descriptionEn: r.descriptionEn, validFrom: '2023-03-13', source: r.source, isIllustrative: r.isIllustrative,
  })));
  const actionLines = await db.insert(s.actionLines)
    .values(ACTION_LINES.map((l, i) => ({ programmeId, code: l.code, position: i + 1, nameNl: l.nameNl, nameEn: l.nameEn, descriptionNl: l.descriptionNl })))
    .returning({ id: s.actionLines.id, code: s.actionLines.code });
  await db.insert(s.selectionCriteria)
    .values(SELECTION_CRITERIA.map((c, i) => ({ programmeId, code: c.code, position: i + 1, nameNl: c.nameNl, nameEn: c.nameEn })));
  await db.insert(s.rounds).values({ programmeId, name: ROUND.name, opensOn: ROUND.opensOn, closesOn: ROUND.closesOn, budget: ROUND.budget, status: 'afgerond' });
  const indicators = await db.insert(s.indicators)
    .values(INDICATORS.map((d, i) => ({
      programmeId, code: d.code, position: i + 1, nameNl: d.nameNl, nameEn: d.nameEn, unit: d.unit, kind: 'aantal' as const,
      isCumulative: d.isCumulative, isReach: d.isReach, disaggregations: d.disaggregations.map((x) => ({ ...x, categories: [...x.categories] })),
    })))
    .returning({ id: s.indicators.id, code: s.indicators.code, disaggregations: s.indicators.disaggregations });
  const office = await createUser(db, { role: 'programmabureau' });
  const assessor = await createUser(db, { role: 'beoordelaar' });
  return { id: programmeId, actionLines, indicators, office, assessor };
}

/** A user with one role and the test password; a coordinator is scoped to the consortium given. E-mail and name are optional. */
export async function createUser(db: Db, input: ({ role: 'programmabureau' | 'beoordelaar' | 'aanvrager' } | { role: 'coordinator'; consortiumId: number })
  & { email?: string; name?: string }): Promise<TestUser> {
  const n = next();
  const email = input.email ?? `${input.role}-${n}@test.example`;
  const [user] = await db.insert(s.users).values({ email, name: input.name ?? `Testgebruiker ${n}`, passwordHash: await hashedPassword() }).returning({ id: s.users.id });
  const consortiumId = input.role === 'coordinator' ? input.consortiumId : null;
  await db.insert(s.userRoles).values({ userId: user!.id, role: input.role, consortiumId });
  return { id: user!.id, email, actor: { userId: user!.id, roles: [{ role: input.role, consortiumId }] } };
}

export type OrganisationInput = Partial<typeof s.organisations.$inferInsert>;

/** An organisation; a company (mkb) unless told otherwise. */
export async function createOrganisation(db: Db, input: OrganisationInput = {}): Promise<{ id: number; name: string; kvkNumber: string | null }> {
  const n = next();
  const kind = input.kind ?? 'bedrijf';
  const [row] = await db.insert(s.organisations).values({
    name: `Testorganisatie ${n}`, kind,
    companySize: kind === 'bedrijf' ? 'mkb' : null,
    educationLevel: kind === 'onderwijsinstelling' ? 'mbo' : null,
    governmentLevel: kind === 'overheid' ? 'gemeente' : null,
    kvkNumber: kind === 'bedrijf' ? String(70_000_000 + n) : null,
    provinceCode: 'PV26',
    ...input,
  }).returning({ id: s.organisations.id, name: s.organisations.name, kvkNumber: s.organisations.kvkNumber });
  return row!;
}

export type TestPps = { id: number; slug: string; name: string; municipalityCode: string; provinceCode: ProvinceCode };
export type TestConsortium = { id: number; slug: string; name: string; leadOrganisationId: number; pps: TestPps[]; coordinator: TestUser };

export type ConsortiumInput = {
  /** Where each pps is: a municipality code per pps (default: two in Utrecht). */
  ppsAt?: string[];
  sectors?: SectorCode[];
  /** Partners per pps besides the lead school (companies). */
  companiesPerPps?: number;
};

/** A consortium with a lead school, a few pps'en (lead school + companies as partners) and its coordinator. */
export async function createConsortium(db: Db, programme: TestProgramme, input: ConsortiumInput = {}): Promise<TestConsortium> {
  const n = next();
  const ppsAt = input.ppsAt ?? ['GM0344', 'GM0344'];
  const sectors = input.sectors ?? ['energie'];
  const lead = await createOrganisation(db, { kind: 'onderwijsinstelling', name: `Testcollege ${n}` });
  const slug = `testconsortium-${n}`;
  const [consortium] = await db.insert(s.consortia).values({
    programmeId: programme.id, slug, name: `Testconsortium ${n}`, leadOrganisationId: lead.id, description: `Consortium ${n} voor tests.`,
  }).returning({ id: s.consortia.id, slug: s.consortia.slug, name: s.consortia.name });
  const places = ppsAt.map((code) => municipality(code));
  const provinces = [...new Set(places.map((m) => m.province))];
  await db.insert(s.consortiumProvinces).values(provinces.map((provinceCode) => ({ consortiumId: consortium!.id, provinceCode })));
  await db.insert(s.consortiumSectors).values(sectors.map((sectorCode) => ({ consortiumId: consortium!.id, sectorCode })));
  await db.insert(s.consortiumLevels).values({ consortiumId: consortium!.id, level: 'mbo' });
  const ppsList: TestPps[] = [];
  for (const [i, place] of places.entries()) {
    ppsList.push(await createPps(db, { consortiumId: consortium!.id, municipalityCode: place.code, sectors, leadOrganisationId: lead.id, companies: input.companiesPerPps ?? 2, label: `${n}-${i + 1}` }));
  }
  const coordinator = await createUser(db, { role: 'coordinator', consortiumId: consortium!.id });
  return { ...consortium!, leadOrganisationId: lead.id, pps: ppsList, coordinator };
}

function municipality(code: string) {
  const found = MUNICIPALITIES.find((m) => m.code === code);
  if (!found) throw new Error(`no municipality ${code} in the code list`);
  return found;
}

/** One pps at a municipality, with the lead school as penvoerder and some companies as partners. */
export async function createPps(db: Db, input: {
  consortiumId: number; municipalityCode: string; sectors: SectorCode[]; leadOrganisationId: number; companies: number; label: string;
}): Promise<TestPps> {
  const place = municipality(input.municipalityCode);
  const name = `Test-pps ${input.label} ${place.name}`;
  const slug = `test-pps-${input.label}`;
  const [row] = await db.insert(s.pps).values({
    consortiumId: input.consortiumId, slug, name, foundedYear: 2018, municipalityCode: place.code,
    latitude: place.lat, longitude: place.lon, description: `Pps ${input.label} voor tests.`,
  }).returning({ id: s.pps.id });
  const ppsId = row!.id;
  await db.insert(s.ppsProvinces).values({ ppsId, provinceCode: place.province });
  await db.insert(s.ppsSectors).values(input.sectors.map((sectorCode) => ({ ppsId, sectorCode })));
  await db.insert(s.ppsLevels).values({ ppsId, level: 'mbo' });
  await db.insert(s.memberships).values({ ppsId, organisationId: input.leadOrganisationId, role: 'penvoerder', since: '2018-09-01' });
  for (let c = 0; c < input.companies; c++) {
    const company = await createOrganisation(db, { provinceCode: place.province, municipalityCode: place.code });
    await db.insert(s.memberships).values({ ppsId, organisationId: company.id, role: 'partner', since: '2019-01-01' });
  }
  return { id: ppsId, slug, name, municipalityCode: place.code, provinceCode: place.province as ProvinceCode };
}

/** The consortium's honoured application and award, so programme figures count it. */
export async function addAward(db: Db, consortium: TestConsortium, input: { awarded: number; totalCosts?: number; business?: number }): Promise<void> {
  const [round] = await db.select({ id: s.rounds.id }).from(s.rounds).limit(1);
  const [application] = await db.insert(s.applications).values({
    roundId: round!.id, reference: `TEST-${consortium.slug}`, title: consortium.name, leadOrganisationId: consortium.leadOrganisationId,
    consortiumId: consortium.id, requestedAmount: input.awarded, totalCosts: input.totalCosts ?? input.awarded * 2,
    status: 'toegekend', submittedAt: new Date('2023-04-03T12:00:00Z'),
  }).returning({ id: s.applications.id });
  if (input.business) await db.insert(s.applicationCofinancing).values({ applicationId: application!.id, source: 'bedrijfsleven', amount: input.business });
  await db.insert(s.decisions).values({ applicationId: application!.id, outcome: 'toegekend', awardedAmount: input.awarded, decidedOn: ROUND.decidedOn });
}

/** Planned amounts per action line for each year given, from the NGF subsidy unless another source is named. */
export async function addBudget(db: Db, programme: TestProgramme, consortiumId: number, input: {
  years: readonly number[]; amount: number; source?: (typeof s.budgetLines.$inferInsert)['source'];
}): Promise<void> {
  await db.insert(s.budgetLines).values(input.years.flatMap((year) => programme.actionLines.map((line) => ({
    consortiumId, actionLineId: line.id, year, source: input.source ?? 'ngf_subsidie', plannedAmount: input.amount,
  }))));
}

/** A baseline (2023) and a 2027 target for every indicator. */
export async function addTargets(db: Db, programme: TestProgramme, consortiumId: number, input: { baseline: number; target: number }): Promise<void> {
  await db.insert(s.targets).values(programme.indicators.map((indicator) => ({
    consortiumId, indicatorId: indicator.id, baselineValue: input.baseline, baselineYear: 2023, targetValue: input.target, targetYear: 2027,
  })));
}

type ReportStatus = (typeof s.progressReports.$inferInsert)['status'];

/**
 * A progress report with `value` for every indicator (its breakdowns add up to it: all in the first category),
 * a narrative per action line and, when given, realised amounts per action line.
 */
export async function addReport(db: Db, programme: TestProgramme, consortium: TestConsortium, input: {
  year: number; status: NonNullable<ReportStatus>; value: number; realised?: number;
}): Promise<number> {
  const reviewed = input.status === 'goedgekeurd' || input.status === 'teruggestuurd';
  const submitted = input.status !== 'concept';
  const [report] = await db.insert(s.progressReports).values({
    consortiumId: consortium.id, periodYear: input.year, status: input.status,
    submittedAt: submitted ? new Date(`${input.year + 1}-03-15T09:00:00Z`) : null, submittedBy: submitted ? consortium.coordinator.id : null,
    reviewedAt: reviewed ? new Date(`${input.year + 1}-05-15T09:00:00Z`) : null, reviewedBy: reviewed ? programme.office.id : null,
  }).returning({ id: s.progressReports.id });
  const reportId = report!.id;
  await db.insert(s.reportIndicatorValues).values(programme.indicators.flatMap((indicator) => [
    { reportId, indicatorId: indicator.id, breakdown: '', value: input.value },
    ...indicator.disaggregations.flatMap((d) => d.categories.map((category, i) => ({
      reportId, indicatorId: indicator.id, breakdown: `${d.code}:${category}`, value: i === 0 ? input.value : 0,
    }))),
  ]));
  await db.insert(s.reportNarratives).values(programme.actionLines.map((line) => ({ reportId, actionLineId: line.id, body: `Voortgang ${input.year} op ${line.code}.` })));
  if (input.realised !== undefined) {
    await db.insert(s.budgetRealisations).values(programme.actionLines.map((line) => ({ reportId, actionLineId: line.id, source: 'ngf_subsidie' as const, amount: input.realised! })));
  }
  return reportId;
}

/**
 * A budget that keeps the programme's budget rules: planned subsidy per action line and year, as much business
 * cofinancing (subsidy share 50%), and an award covering the subsidy exactly.
 */
export async function addFundedBudget(db: Db, programme: TestProgramme, consortium: TestConsortium, input: { years: number[]; amount: number }): Promise<void> {
  await addAward(db, consortium, { awarded: input.amount * input.years.length * programme.actionLines.length });
  await addBudget(db, programme, consortium.id, input);
  await db.insert(s.budgetLines).values(input.years.flatMap((year) => programme.actionLines.map((line) => ({
    consortiumId: consortium.id, actionLineId: line.id, year, source: 'bedrijfsleven' as const, plannedAmount: input.amount,
  }))));
}

import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, memberships, organisations, ppsProvinces } from '../../src/db/schema/index.ts';
import { Conflict, Invalid } from '../../src/errors.ts';
import { addPartner } from '../../src/services/consortia/add-partner.ts';
import { createPps } from '../../src/services/consortia/create-pps.ts';
import { DuplicateOrganisation } from '../../src/services/consortia/duplicate-organisation.ts';
import { findOrganisations } from '../../src/services/consortia/find-organisations.ts';
import { getConsortiumProfile } from '../../src/services/consortia/get-consortium-profile.ts';
import { getTargets } from '../../src/services/consortia/get-targets.ts';
import { listConsortiumPps } from '../../src/services/consortia/list-consortium-pps.ts';
import { listPpsPartners } from '../../src/services/consortia/list-pps-partners.ts';
import { removePartner } from '../../src/services/consortia/remove-partner.ts';
import { updateConsortiumProfile } from '../../src/services/consortia/update-consortium-profile.ts';
import { updateTargets } from '../../src/services/consortia/update-targets.ts';
import { upsertBudgetLines } from '../../src/services/consortia/upsert-budget-lines.ts';
import {
  addFundedBudget, addReport, addTargets, createConsortium, createOrganisation, createProgramme, type TestConsortium, type TestProgramme,
} from '../helpers/factories.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Each test makes a consortium of its own (two pps'en with partners, a coordinator); only the programme is shared.
describe.each(DATABASE_KINDS)('coordinators maintain their consortium on %s', (kind) => {
  let database: TestDatabase;
  let programme: TestProgramme;
  const ctx = (c: TestConsortium) => ({ db: database.db, actor: c.coordinator.actor });
  const consortium = () => createConsortium(database.db, programme);
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    programme = await createProgramme(database.db);
  });
  afterAll(() => database?.dispose());

  it('finds organisations by name, KvK number and BRIN code', async () => {
    const c = await consortium();
    const company = await createOrganisation(database.db, { name: 'Zoekbaar Installatiebedrijf BV', kvkNumber: '61234567' });
    const school = await createOrganisation(database.db, { kind: 'onderwijsinstelling', name: 'Zoekbaar College', brinCode: '31QQ' });
    expect((await findOrganisations(ctx(c), { q: company.kvkNumber! })).map((o) => o.id)).toEqual([company.id]);
    expect((await findOrganisations(ctx(c), { q: '31qq' })).map((o) => o.id)).toContain(school.id);
    const byName = await findOrganisations(ctx(c), { q: 'ZOEKBAAR' });
    expect(byName.map((o) => o.id).sort()).toEqual([company.id, school.id].sort());
    expect(byName.every((o) => o.name.toLowerCase().includes('zoekbaar'))).toBe(true);
    expect(await findOrganisations(ctx(c), { q: '%%' })).toEqual([]);
  });

  it('refuses a new organisation whose KvK number exists, naming the existing one, and creates nothing', async () => {
    const c = await consortium();
    const existing = await createOrganisation(database.db, { name: 'Bestaand Bedrijf BV' });
    const count = (await database.db.select({ id: organisations.id }).from(organisations)).length;
    const error = await addPartner(ctx(c), { ppsId: c.pps[0]!.id, organisation: { name: 'Ander Bedrijf BV', kind: 'bedrijf', companySize: 'mkb', kvkNumber: existing.kvkNumber! } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateOrganisation);
    expect((error as DuplicateOrganisation).existing).toEqual({ id: existing.id, name: existing.name });
    expect((error as DuplicateOrganisation).message).toContain(existing.name);
    expect((await database.db.select({ id: organisations.id }).from(organisations)).length).toBe(count);
    const byName = await addPartner(ctx(c), { ppsId: c.pps[0]!.id, organisation: { name: existing.name.toUpperCase(), kind: 'bedrijf', companySize: 'groot' } }).catch((e: unknown) => e);
    expect((byName as DuplicateOrganisation).field).toBe('name');
  });

  it('adds a new organisation as partner, refuses adding it twice, and ends the partnership on removal', async () => {
    const c = await consortium();
    const ppsId = c.pps[0]!.id;
    const added = await addPartner(ctx(c), { ppsId, organisation: { name: 'Nieuw Installatiebedrijf BV', kind: 'bedrijf', companySize: 'mkb', kvkNumber: '9911 2233' } });
    const [org] = await database.db.select({ kvk: organisations.kvkNumber, isIllustrative: organisations.isIllustrative }).from(organisations).where(eq(organisations.id, added.organisationId));
    expect(org).toEqual({ kvk: '99112233', isIllustrative: false });
    await expect(addPartner(ctx(c), { ppsId, organisationId: added.organisationId })).rejects.toBeInstanceOf(Conflict);
    const partners = await listPpsPartners(ctx(c), { ppsId });
    const mine = partners.partners.find((p) => p.organisationId === added.organisationId)!;
    await removePartner(ctx(c), { membershipId: mine.membershipId, version: mine.version });
    expect((await listPpsPartners(ctx(c), { ppsId })).partners.map((p) => p.organisationId)).not.toContain(added.organisationId);
    const [ended] = await database.db.select({ until: memberships.until }).from(memberships).where(eq(memberships.id, mine.membershipId));
    expect(ended?.until).not.toBeNull();
    // Added again the same day: the membership is reopened.
    await addPartner(ctx(c), { ppsId, organisationId: added.organisationId });
    expect((await listPpsPartners(ctx(c), { ppsId })).partners.map((p) => p.organisationId)).toContain(added.organisationId);
    const lead = (await listPpsPartners(ctx(c), { ppsId })).partners.find((p) => p.role === 'penvoerder')!;
    await expect(removePartner(ctx(c), { membershipId: lead.membershipId, version: lead.version })).rejects.toBeInstanceOf(Invalid);
  });

  it('keeps the profile rules of the programme: at least one province', async () => {
    const c = await consortium();
    const profile = await getConsortiumProfile(ctx(c), { consortiumId: c.id });
    const error = await updateConsortiumProfile(ctx(c), { ...profile, consortiumId: c.id, provinceCodes: [] }).catch((e: unknown) => e);
    expect((error as Invalid).problems).toEqual([{ name: 'provinceCodes', reason: 'provincesMin', values: { min: 1 } }]);
    await updateConsortiumProfile(ctx(c), { ...profile, consortiumId: c.id, provinceCodes: ['PV31'], description: 'Bijgewerkt' });
    expect(await getConsortiumProfile(ctx(c), { consortiumId: c.id })).toMatchObject({ provinceCodes: ['PV31'], description: 'Bijgewerkt', version: profile.version + 1 });
  });

  it('creates a pps placed in its municipality’s province', async () => {
    const c = await consortium();
    const { id } = await createPps(ctx(c), { consortiumId: c.id, name: 'Pps Zorgtechniek Maastricht', foundedYear: 2024, status: 'actief', municipalityCode: 'GM0935', description: '', sectorCodes: [], levels: ['mbo'] });
    expect((await listConsortiumPps(ctx(c), { consortiumId: c.id })).find((p) => p.id === id)).toMatchObject({ name: 'Pps Zorgtechniek Maastricht', partnerCount: 0 });
    expect(await database.db.select({ code: ppsProvinces.provinceCode }).from(ppsProvinces).where(eq(ppsProvinces.ppsId, id))).toEqual([{ code: 'PV31' }]);
  });

  it('saves budget cells for open years and refuses years whose report is approved', async () => {
    const c = await consortium();
    await addFundedBudget(database.db, programme, c, { years: [2024, 2027], amount: 100_000 });
    await addReport(database.db, programme, c, { year: 2024, status: 'goedgekeurd', value: 10 });
    const [open] = await database.db.select().from(budgetLines).where(and(eq(budgetLines.consortiumId, c.id), eq(budgetLines.year, 2027), eq(budgetLines.source, 'ngf_subsidie'))).limit(1);
    const [locked] = await database.db.select().from(budgetLines).where(and(eq(budgetLines.consortiumId, c.id), eq(budgetLines.year, 2024), eq(budgetLines.source, 'ngf_subsidie'))).limit(1);
    const error = await upsertBudgetLines(ctx(c), { consortiumId: c.id, lines: [{ ...open!, plannedAmount: 1 }, { ...locked!, plannedAmount: 1 }] }).catch((e: unknown) => e);
    expect((error as Invalid).problems.map((p) => p.name)).toEqual([`begroting.${locked!.actionLineId}.2024.${locked!.source}`]);
    expect((await upsertBudgetLines(ctx(c), { consortiumId: c.id, lines: [{ ...open!, plannedAmount: open!.plannedAmount - 1 }, { ...locked!, plannedAmount: locked!.plannedAmount }] })).changed).toBe(1);
  });

  it('saves targets and refuses a target year before the baseline', async () => {
    const c = await consortium();
    await addTargets(database.db, programme, c.id, { baseline: 100, target: 300 });
    const { rows } = await getTargets(ctx(c), { consortiumId: c.id });
    const t = rows[0]!;
    const row = { indicatorId: t.indicatorId, ...t.target!, targetValue: t.target!.targetValue + 100 };
    await expect(updateTargets(ctx(c), { consortiumId: c.id, targets: [{ ...row, targetYear: 2020 }] })).rejects.toBeInstanceOf(Invalid);
    await updateTargets(ctx(c), { consortiumId: c.id, targets: [row] });
    expect((await getTargets(ctx(c), { consortiumId: c.id })).rows[0]!.target).toMatchObject({ targetValue: 400, version: t.target!.version + 1 });
    const current = await database.db.select({ n: memberships.id }).from(memberships).where(and(eq(memberships.ppsId, c.pps[0]!.id), isNull(memberships.until)));
    expect(current.length).toBeGreaterThan(0);
  });
});

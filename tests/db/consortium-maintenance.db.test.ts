import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, memberships, organisations, pps, ppsProvinces } from '../../src/db/schema/index.ts';
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
import { coordinatorOf } from '../helpers/actors.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

const C = 4;

describe.each(DATABASE_KINDS)('coordinators maintain their consortium on %s', (kind) => {
  let database: TestDatabase;
  const ctx = () => ({ db: database.db, actor: coordinatorOf(C) });
  let ppsId: number;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: true });
    ppsId = (await database.db.select({ id: pps.id }).from(pps).where(eq(pps.consortiumId, C)).limit(1))[0]!.id;
  });
  afterAll(() => database?.dispose());

  it('finds organisations by name, KvK number and BRIN code', async () => {
    const [company] = await database.db.select({ id: organisations.id, name: organisations.name, kvk: organisations.kvkNumber }).from(organisations).where(isNotNull(organisations.kvkNumber)).limit(1);
    const [school] = await database.db.select({ id: organisations.id, brin: organisations.brinCode }).from(organisations).where(isNotNull(organisations.brinCode)).limit(1);
    expect((await findOrganisations(ctx(), { q: company!.kvk! })).map((o) => o.id)).toEqual([company!.id]);
    expect((await findOrganisations(ctx(), { q: school!.brin!.toLowerCase() })).map((o) => o.id)).toContain(school!.id);
    const byName = await findOrganisations(ctx(), { q: company!.name.slice(0, 8).toUpperCase() });
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((o) => o.name.toLowerCase().includes(company!.name.slice(0, 8).toLowerCase()))).toBe(true);
    expect(await findOrganisations(ctx(), { q: '%%' })).toEqual([]);
  });

  it('refuses a new organisation whose KvK number exists, naming the existing one, and creates nothing', async () => {
    const [existing] = await database.db.select({ id: organisations.id, name: organisations.name, kvk: organisations.kvkNumber }).from(organisations).where(isNotNull(organisations.kvkNumber)).limit(1);
    const count = (await database.db.select({ id: organisations.id }).from(organisations)).length;
    const error = await addPartner(ctx(), { ppsId, organisation: { name: 'Ander Bedrijf BV', kind: 'bedrijf', companySize: 'mkb', kvkNumber: existing!.kvk! } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateOrganisation);
    expect((error as DuplicateOrganisation).existing).toEqual({ id: existing!.id, name: existing!.name });
    expect((error as DuplicateOrganisation).message).toContain(existing!.name);
    expect((await database.db.select({ id: organisations.id }).from(organisations)).length).toBe(count);
    const byName = await addPartner(ctx(), { ppsId, organisation: { name: existing!.name.toUpperCase(), kind: 'bedrijf', companySize: 'groot' } }).catch((e: unknown) => e);
    expect((byName as DuplicateOrganisation).field).toBe('name');
  });

  it('adds a new organisation as partner, refuses adding it twice, and ends the partnership on removal', async () => {
    const added = await addPartner(ctx(), { ppsId, organisation: { name: 'Nieuw Installatiebedrijf BV', kind: 'bedrijf', companySize: 'mkb', kvkNumber: '9911 2233' } });
    const [org] = await database.db.select({ kvk: organisations.kvkNumber, isIllustrative: organisations.isIllustrative }).from(organisations).where(eq(organisations.id, added.organisationId));
    expect(org).toEqual({ kvk: '99112233', isIllustrative: false });
    await expect(addPartner(ctx(), { ppsId, organisationId: added.organisationId })).rejects.toBeInstanceOf(Conflict);
    const partners = await listPpsPartners(ctx(), { ppsId });
    const mine = partners.partners.find((p) => p.organisationId === added.organisationId)!;
    await removePartner(ctx(), { membershipId: mine.membershipId, version: mine.version });
    expect((await listPpsPartners(ctx(), { ppsId })).partners.map((p) => p.organisationId)).not.toContain(added.organisationId);
    const [ended] = await database.db.select({ until: memberships.until }).from(memberships).where(eq(memberships.id, mine.membershipId));
    expect(ended?.until).not.toBeNull();
    // Added again the same day: the membership is reopened.
    await addPartner(ctx(), { ppsId, organisationId: added.organisationId });
    expect((await listPpsPartners(ctx(), { ppsId })).partners.map((p) => p.organisationId)).toContain(added.organisationId);
    const lead = (await listPpsPartners(ctx(), { ppsId })).partners.find((p) => p.role === 'penvoerder')!;
    await expect(removePartner(ctx(), { membershipId: lead.membershipId, version: lead.version })).rejects.toBeInstanceOf(Invalid);
  });

  it('keeps the profile rules of the programme: at least one province', async () => {
    const profile = await getConsortiumProfile(ctx(), { consortiumId: C });
    const error = await updateConsortiumProfile(ctx(), { ...profile, consortiumId: C, provinceCodes: [] }).catch((e: unknown) => e);
    expect((error as Invalid).problems).toEqual([{ name: 'provinceCodes', reason: 'provincesMin', values: { min: 1 } }]);
    await updateConsortiumProfile(ctx(), { ...profile, consortiumId: C, provinceCodes: ['PV31'], description: 'Bijgewerkt' });
    expect(await getConsortiumProfile(ctx(), { consortiumId: C })).toMatchObject({ provinceCodes: ['PV31'], description: 'Bijgewerkt', version: profile.version + 1 });
  });

  it('creates a pps placed in its municipality’s province', async () => {
    const { id } = await createPps(ctx(), { consortiumId: C, name: 'Pps Zorgtechniek Maastricht', foundedYear: 2024, status: 'actief', municipalityCode: 'GM0935', description: '', sectorCodes: [], levels: ['mbo'] });
    expect((await listConsortiumPps(ctx(), { consortiumId: C })).find((p) => p.id === id)).toMatchObject({ name: 'Pps Zorgtechniek Maastricht', partnerCount: 0 });
    expect(await database.db.select({ code: ppsProvinces.provinceCode }).from(ppsProvinces).where(eq(ppsProvinces.ppsId, id))).toEqual([{ code: 'PV31' }]);
  });

  it('saves budget cells for open years and refuses years whose report is approved', async () => {
    const [open] = await database.db.select().from(budgetLines).where(and(eq(budgetLines.consortiumId, C), eq(budgetLines.year, 2027))).limit(1);
    const [locked] = await database.db.select().from(budgetLines).where(and(eq(budgetLines.consortiumId, C), eq(budgetLines.year, 2024))).limit(1);
    const error = await upsertBudgetLines(ctx(), { consortiumId: C, lines: [{ ...open!, plannedAmount: 1 }, { ...locked!, plannedAmount: 1 }] }).catch((e: unknown) => e);
    expect((error as Invalid).problems.map((p) => p.name)).toEqual([`begroting.${locked!.actionLineId}.2024.${locked!.source}`]);
    expect((await upsertBudgetLines(ctx(), { consortiumId: C, lines: [{ ...open!, plannedAmount: open!.plannedAmount - 1 }, { ...locked!, plannedAmount: locked!.plannedAmount }] })).changed).toBe(1);
  });

  it('saves targets and refuses a target year before the baseline', async () => {
    const { rows } = await getTargets(ctx(), { consortiumId: C });
    const t = rows[0]!;
    const row = { indicatorId: t.indicatorId, ...t.target!, targetValue: t.target!.targetValue + 100 };
    await expect(updateTargets(ctx(), { consortiumId: C, targets: [{ ...row, targetYear: 2020 }] })).rejects.toBeInstanceOf(Invalid);
    await updateTargets(ctx(), { consortiumId: C, targets: [row] });
    expect((await getTargets(ctx(), { consortiumId: C })).rows[0]!.target).toMatchObject({ targetValue: t.target!.targetValue + 100, version: t.target!.version + 1 });
    const current = await database.db.select({ n: memberships.id }).from(memberships).where(and(eq(memberships.ppsId, ppsId), isNull(memberships.until)));
    expect(current.length).toBeGreaterThan(0);
  });
});

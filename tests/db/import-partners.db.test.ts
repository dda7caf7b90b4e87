import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, organisations, pps } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/services/context.ts';
import { commitOrganisationImport } from '../../src/services/imports/import-organisations.ts';
import { commitPartnerImport, previewPartnerImport } from '../../src/services/imports/import-partners.ts';
import { createConsortium, createOrganisation, createProgramme, type TestConsortium, type TestProgramme } from '../helpers/factories.ts';
import { csv } from '../helpers/import-fixtures.ts';
import { refusedWithoutWriting as refused } from '../helpers/import-refusal.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

type Member = { name: string; kvk: string | null; brin: string | null; since: string; role: string };

// Each test makes its own consortium: two pps'en, each with the lead school as penvoerder and two companies as partners.
describe.each(DATABASE_KINDS)('importing partners of pps on %s', (kind) => {
  let database: TestDatabase;
  let programme: TestProgramme;
  const office = () => programme.office.actor;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    programme = await createProgramme(database.db);
  });
  afterAll(() => database?.dispose());

  const members = (slug: string, lead: boolean) => database.db.select({ name: organisations.name, kvk: organisations.kvkNumber, brin: organisations.brinCode, since: memberships.since, role: memberships.role })
    .from(memberships).innerJoin(organisations, eq(organisations.id, memberships.organisationId)).innerJoin(pps, eq(pps.id, memberships.ppsId))
    .where(and(eq(pps.slug, slug), lead ? eq(memberships.role, 'penvoerder') : ne(memberships.role, 'penvoerder'))).orderBy(memberships.id) as Promise<Member[]>;
  const refusedWithoutWriting = (actor: Actor, bytes: Uint8Array) => refused(database.db, commitPartnerImport, actor, bytes);

  it('adds organisations imported just before as partners, and ends a current partnership, with Dutch dates', async () => {
    const c: TestConsortium = await createConsortium(database.db, programme);
    const PPS = c.pps[0]!.slug;
    const [current] = await members(PPS, false);
    await commitOrganisationImport({ db: database.db, actor: office() }, csv('naam;soort;grootte;kvk\nWaterstof Noord B.V.;bedrijf;mkb;87654321\nHavenbedrijf Eemshaven;bedrijf;groot;\n'));
    const since = current!.since.split('-').reverse().join('-');
    const file = csv([
      'PPS;Organisatie;KvK-nummer;BRIN;Rol;Vanaf;Tot en met',
      `${PPS};Waterstof Noord B.V.;87654321;;partner;01-09-2024;`,
      `${PPS};havenbedrijf eemshaven;;;Partner;1-1-2025;31-12-2027`,
      `${PPS};${current!.name};${current!.kvk ?? ''};${current!.brin ?? ''};${current!.role};${since};31-08-2027`,
    ].join('\r\n'));
    const preview = await previewPartnerImport({ db: database.db, actor: c.coordinator.actor }, file);
    expect(preview).toEqual({
      create: [{ line: 2, name: `Waterstof Noord B.V. in ${PPS}` }, { line: 3, name: `Havenbedrijf Eemshaven in ${PPS}` }],
      update: [{ line: 4, name: `${current!.name} in ${PPS}` }],
      refused: [],
    });
    await commitPartnerImport({ db: database.db, actor: c.coordinator.actor }, file);
    const rows = await database.db.select({ name: organisations.name, since: memberships.since, until: memberships.until }).from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId)).innerJoin(pps, eq(pps.id, memberships.ppsId))
      .where(and(eq(pps.slug, PPS)));
    expect(rows).toEqual(expect.arrayContaining([
      { name: 'Waterstof Noord B.V.', since: '2024-09-01', until: null },
      { name: 'Havenbedrijf Eemshaven', since: '2025-01-01', until: '2027-12-31' },
      { name: current!.name, since: current!.since, until: '2027-08-31' },
    ]));
    expect(await previewPartnerImport({ db: database.db, actor: office() }, file)).toEqual({ create: [], update: [], refused: [] });
  });

  it('refuses ending the penvoerder by import, as the portal form does', async () => {
    const c = await createConsortium(database.db, programme);
    const PPS = c.pps[0]!.slug;
    const [lead] = await members(PPS, true);
    const since = lead!.since.split('-').reverse().join('-');
    const file = csv(`pps;organisatie;kvk;brin;rol;sinds;tot\n${PPS};${lead!.name};${lead!.kvk ?? ''};${lead!.brin ?? ''};penvoerder;${since};31-12-2026\n`);
    expect(await refusedWithoutWriting(c.coordinator.actor, file)).toEqual([`regel 2, tot: ${lead!.name} is penvoerder van deze pps en kan niet worden verwijderd.`]);
  });

  it('refuses overlapping periods, unknown organisations and pps, and pps of other consortia, writing nothing', async () => {
    const c = await createConsortium(database.db, programme);
    const [PPS, sibling] = c.pps.map((p) => p.slug) as [string, string];
    const company = await createOrganisation(database.db, { name: 'Waterstof Zuid B.V.' });
    await database.db.insert(memberships).values({ ppsId: c.pps[0]!.id, organisationId: company.id, role: 'partner', since: '2024-09-01' });
    const otherPps = (await createConsortium(database.db, programme)).pps[0]!.slug;
    const file = csv([
      'pps;organisatie;kvk;sinds',
      `${PPS};${company.name};${company.kvkNumber};01-01-2026`,
      `${PPS};Bestaat Niet B.V.;;01-01-2026`,
      `${PPS};Onbekend KvK;11112222;01-01-2026`,
      `geen-pps;${company.name};${company.kvkNumber};01-01-2026`,
      // Another pps of the same consortium: no overlap there.
      `${sibling};${company.name};${company.kvkNumber};31-12-2026`,
    ].join('\n'));
    const withOther = csv(`pps;organisatie;sinds\n${otherPps};${company.name};01-01-2026\n`);
    expect(await refusedWithoutWriting(c.coordinator.actor, file)).toEqual([
      `regel 2, sinds: ${company.name} is in die periode al partner van "${PPS}" (vanaf 01-09-2024).`,
      'regel 3, organisatie: Er is geen organisatie met de naam "Bestaat Niet B.V.". Lees de organisatie eerst in met het sjabloon organisaties.',
      'regel 4, kvk: Er is geen organisatie met KvK-nummer 11112222. Lees de organisatie eerst in met het sjabloon organisaties.',
      'regel 5, pps: Onbekende pps "geen-pps". Gebruik de code uit /api/v1/pps.',
    ]);
    expect(await refusedWithoutWriting(c.coordinator.actor, withOther)).toEqual([`regel 2, pps: U mag geen partners inlezen voor pps "${otherPps}".`]);
  });
});

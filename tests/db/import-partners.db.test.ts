import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, organisations, pps } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/services/context.ts';
import { commitOrganisationImport } from '../../src/services/imports/import-organisations.ts';
import { commitPartnerImport, previewPartnerImport } from '../../src/services/imports/import-partners.ts';
import { coordinatorOf, OFFICE } from '../helpers/actors.ts';
import { refusedWithoutWriting as refused } from '../helpers/import-refusal.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

const csv = (text: string) => new TextEncoder().encode(text);
const PPS = 'practoraat-energietransitie-groningen';

describe.each(DATABASE_KINDS)('importing partners of pps on %s', (kind) => {
  let database: TestDatabase;
  let current: { name: string; kvk: string | null; brin: string | null; since: string; role: string };
  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: true });
    [current] = await database.db.select({ name: organisations.name, kvk: organisations.kvkNumber, brin: organisations.brinCode, since: memberships.since, role: memberships.role })
      .from(memberships).innerJoin(organisations, eq(organisations.id, memberships.organisationId)).innerJoin(pps, eq(pps.id, memberships.ppsId))
      .where(and(eq(pps.slug, PPS), ne(memberships.role, 'penvoerder'))).orderBy(memberships.id).limit(1) as [typeof current];
  });
  afterAll(() => database?.dispose());

  const refusedWithoutWriting = (actor: Actor, bytes: Uint8Array) => refused(database.db, commitPartnerImport, actor, bytes);

  it('adds organisations imported just before as partners, and ends a current partnership, with Dutch dates', async () => {
    await commitOrganisationImport({ db: database.db, actor: OFFICE }, csv('naam;soort;grootte;kvk\nWaterstof Noord B.V.;bedrijf;mkb;87654321\nHavenbedrijf Eemshaven;bedrijf;groot;\n'));
    const since = current.since.split('-').reverse().join('-');
    const file = csv([
      'PPS;Organisatie;KvK-nummer;BRIN;Rol;Vanaf;Tot en met',
      `${PPS};Waterstof Noord B.V.;87654321;;partner;01-09-2024;`,
      `${PPS};havenbedrijf eemshaven;;;Partner;1-1-2025;31-12-2027`,
      `${PPS};${current.name};${current.kvk ?? ''};${current.brin ?? ''};${current.role};${since};31-08-2027`,
    ].join('\r\n'));
    const preview = await previewPartnerImport({ db: database.db, actor: coordinatorOf(1) }, file);
    expect(preview).toEqual({
      create: [{ line: 2, name: `Waterstof Noord B.V. in ${PPS}` }, { line: 3, name: `Havenbedrijf Eemshaven in ${PPS}` }],
      update: [{ line: 4, name: `${current.name} in ${PPS}` }],
      refused: [],
    });
    await commitPartnerImport({ db: database.db, actor: coordinatorOf(1) }, file);
    const rows = await database.db.select({ name: organisations.name, since: memberships.since, until: memberships.until }).from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId)).innerJoin(pps, eq(pps.id, memberships.ppsId))
      .where(and(eq(pps.slug, PPS)));
    expect(rows).toEqual(expect.arrayContaining([
      { name: 'Waterstof Noord B.V.', since: '2024-09-01', until: null },
      { name: 'Havenbedrijf Eemshaven', since: '2025-01-01', until: '2027-12-31' },
      { name: current.name, since: current.since, until: '2027-08-31' },
    ]));
    expect(await previewPartnerImport({ db: database.db, actor: OFFICE }, file)).toEqual({ create: [], update: [], refused: [] });
  });

  it('refuses ending the penvoerder by import, as the portal form does', async () => {
    const [lead] = await database.db.select({ name: organisations.name, kvk: organisations.kvkNumber, brin: organisations.brinCode, since: memberships.since })
      .from(memberships).innerJoin(organisations, eq(organisations.id, memberships.organisationId)).innerJoin(pps, eq(pps.id, memberships.ppsId))
      .where(and(eq(pps.slug, PPS), eq(memberships.role, 'penvoerder')));
    const since = lead!.since.split('-').reverse().join('-');
    const file = csv(`pps;organisatie;kvk;brin;rol;sinds;tot\n${PPS};${lead!.name};${lead!.kvk ?? ''};${lead!.brin ?? ''};penvoerder;${since};31-12-2026\n`);
    expect(await refusedWithoutWriting(coordinatorOf(1), file)).toEqual([`regel 2, tot: ${lead!.name} is penvoerder van deze pps en kan niet worden verwijderd.`]);
  });

  it('refuses overlapping periods, unknown organisations and pps, and pps of other consortia, writing nothing', async () => {
    const file = csv([
      'pps;organisatie;kvk;sinds',
      `${PPS};Waterstof Noord B.V.;87654321;01-01-2026`,
      `${PPS};Bestaat Niet B.V.;;01-01-2026`,
      `${PPS};Onbekend KvK;11112222;01-01-2026`,
      'geen-pps;Waterstof Noord B.V.;87654321;01-01-2026',
      `leerwerkplaats-smart-industry-groningen;Waterstof Noord B.V.;87654321;31-12-2026`,
    ].join('\n'));
    const [otherPps] = await database.db.select({ slug: pps.slug }).from(pps).where(eq(pps.consortiumId, 2)).limit(1);
    const withOther = csv(`pps;organisatie;sinds\n${otherPps!.slug};Waterstof Noord B.V.;01-01-2026\n`);
    expect(await refusedWithoutWriting(coordinatorOf(1), file)).toEqual([
      `regel 2, sinds: Waterstof Noord B.V. is in die periode al partner van "${PPS}" (vanaf 01-09-2024).`,
      'regel 3, organisatie: Er is geen organisatie met de naam "Bestaat Niet B.V.". Lees de organisatie eerst in met het sjabloon organisaties.',
      'regel 4, kvk: Er is geen organisatie met KvK-nummer 11112222. Lees de organisatie eerst in met het sjabloon organisaties.',
      'regel 5, pps: Onbekende pps "geen-pps". Gebruik de code uit /api/v1/pps.',
    ]);
    expect(await refusedWithoutWriting(coordinatorOf(1), withOther)).toEqual([`regel 2, pps: U mag geen partners inlezen voor pps "${otherPps!.slug}".`]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/db/schema/index.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { getPublicConsortium } from '../../src/services/public-consortia/get-public-consortium.ts';
import { listConsortiumPartners } from '../../src/services/public-consortia/list-consortium-partners.ts';
import { listConsortiumPps } from '../../src/services/public-consortia/list-consortium-pps.ts';
import { listPublicPps } from '../../src/services/public-consortia/list-public-pps.ts';
import { createConsortium, createProgramme, type TestConsortium } from '../helpers/factories.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// The consortium page reads its parts in fewer, joined queries; the general list and counts are their oracle.
describe.each(DATABASE_KINDS)('the consortium page queries on %s', (kind) => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let consortium: TestConsortium;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    ctx = { db: database.db, actor: null };
    const programme = await createProgramme(database.db);
    consortium = await createConsortium(database.db, programme, { ppsAt: ['GM0344', 'GM0599', 'GM0363'], sectors: ['zorg', 'energie'], companiesPerPps: 2 });
    await createConsortium(database.db, programme, { ppsAt: ['GM0344'] });
    const [first, second] = consortium.pps;
    await database.db.insert(s.ppsLevels).values([{ ppsId: first!.id, level: 'hbo' }, { ppsId: second!.id, level: 'vmbo' }]);
    await database.db.insert(s.ppsDisciplines).values([{ ppsId: first!.id, disciplineCode: 'techniek' }, { ppsId: second!.id, disciplineCode: 'zorg-welzijn' }, { ppsId: second!.id, disciplineCode: 'techniek' }]).onConflictDoNothing();
    await database.db.insert(s.consortiumLevels).values([{ consortiumId: consortium.id, level: 'hbo' }, { consortiumId: consortium.id, level: 'vmbo' }]);
  });
  afterAll(() => database?.dispose());

  it('lists the pps\'en of a consortium exactly as the public pps list does, codes and levels in order', async () => {
    const oracle = await listPublicPps(ctx, { filter: { consortiumId: consortium.id }, sort: [{ key: 'name', descending: false }], page: { page: 1, pageSize: 1000 } });
    const pps = await listConsortiumPps(ctx, { consortiumId: consortium.id });
    expect(pps).toHaveLength(3);
    expect(pps.find((p) => p.id === consortium.pps[0]!.id)?.levels).toEqual(['mbo', 'hbo']);
    expect(pps).toEqual(oracle.items);
  });

  it('gives the consortium its codes, levels in the scheme\'s order and disciplines once each', async () => {
    const c = await getPublicConsortium(ctx, { slug: consortium.slug });
    expect(c).toMatchObject({ id: consortium.id, sectorCodes: ['energie', 'zorg'], levels: ['vmbo', 'mbo', 'hbo'] });
    expect(c.provinceCodes).toEqual([...c.provinceCodes].sort());
    expect(c.provinceCodes.length).toBeGreaterThan(1);
    expect(c.disciplineCodes).toEqual(['techniek', 'zorg-welzijn']);
    expect(await getPublicConsortium(ctx, { id: consortium.id })).toEqual(c);
  });

  it('counts the partners once each, as the consortium\'s partner count does', async () => {
    const [c, partners] = await Promise.all([getPublicConsortium(ctx, { slug: consortium.slug }), listConsortiumPartners(ctx, { consortiumId: consortium.id, page: { page: 1, pageSize: 2 } })]);
    expect(partners.items).toHaveLength(2);
    expect(partners.total).toBe(c.partnerCount);
    expect(partners.total).toBe(1 + 3 * 2);
  });
});

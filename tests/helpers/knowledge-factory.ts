import type { Db } from '../../src/db/client.ts';
import * as s from '../../src/db/schema/index.ts';
import { loadCodeLists } from '../../src/seed/load-demo.ts';

let counter = 0;

/** A programme with five action lines and the code lists: the least a knowledge item needs. */
export async function createProgramme(db: Db, options: { retentionDays?: number } = {}) {
  const [programme] = await db.insert(s.programmes).values({
    slug: `test-${++counter}-${Date.now()}`, name: 'Testregeling', shortName: 'Test', budgetCeiling: 1_000_000, startsOn: '2023-01-01', endsOn: '2027-12-31',
  }).returning({ id: s.programmes.id });
  const programmeId = programme!.id;
  await db.transaction((tx) => loadCodeLists(tx));
  const lines = await db.insert(s.actionLines).values([1, 2, 3, 4, 5].map((n) => ({
    programmeId, code: `AL${n}`, position: n, nameNl: `Actielijn ${n}`, nameEn: `Action line ${n}`,
  }))).returning({ id: s.actionLines.id, code: s.actionLines.code });
  if (options.retentionDays !== undefined) {
    await db.insert(s.programmeRules).values({ programmeId, code: 'registratie_bewaartermijn_dagen', value: options.retentionDays, descriptionNl: 'test', validFrom: '2020-01-01' });
  }
  return { programmeId, actionLineIds: Object.fromEntries(lines.map((l) => [l.code, l.id])) as Record<string, number> };
}

export type ItemSpec = Partial<typeof s.knowledgeItems.$inferInsert> & {
  title: string; actionLines?: number[]; sectors?: string[]; provinces?: string[];
};

/** Inserts one item (published news by default) with its tags; returns id and slug. */
export async function createItem(db: Db, programmeId: number, spec: ItemSpec) {
  const { actionLines = [], sectors = [], provinces = [], ...columns } = spec;
  const slug = columns.slug ?? `${spec.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${++counter}`;
  const [row] = await db.insert(s.knowledgeItems).values({
    programmeId, kind: 'nieuws', status: 'gepubliceerd', publishedOn: '2025-01-01', isIllustrative: false, ...columns, slug,
  }).returning({ id: s.knowledgeItems.id });
  const itemId = row!.id;
  for (const actionLineId of actionLines) await db.insert(s.knowledgeItemActionLines).values({ itemId, actionLineId });
  for (const sectorCode of sectors) await db.insert(s.knowledgeItemSectors).values({ itemId, sectorCode });
  for (const provinceCode of provinces) await db.insert(s.knowledgeItemProvinces).values({ itemId, provinceCode });
  return { id: itemId, slug };
}

/** A consortium with one pps, an office user and a coordinator of that consortium, as actors. */
export async function createConsortiumWithPps(db: Db, programmeId: number) {
  const n = ++counter;
  const [org] = await db.insert(s.organisations).values({ name: `School ${n}`, kind: 'onderwijsinstelling', educationLevel: 'mbo' }).returning({ id: s.organisations.id });
  const [consortium] = await db.insert(s.consortia).values({ programmeId, slug: `consortium-${n}`, name: `Consortium ${n}`, leadOrganisationId: org!.id }).returning({ id: s.consortia.id });
  const [ownPps] = await db.insert(s.pps).values({ consortiumId: consortium!.id, slug: `pps-${n}`, name: `Pps ${n}`, foundedYear: 2020 }).returning({ id: s.pps.id });
  const [office] = await db.insert(s.users).values({ email: `bureau-${n}@voorbeeld.nl`, name: `Bureau ${n}` }).returning({ id: s.users.id });
  const [coordinator] = await db.insert(s.users).values({ email: `coord-${n}@voorbeeld.nl`, name: `Coördinator ${n}` }).returning({ id: s.users.id });
  return {
    consortiumId: consortium!.id, ppsId: ownPps!.id,
    office: { userId: office!.id, roles: [{ role: 'programmabureau' as const, consortiumId: null }] },
    coordinator: { userId: coordinator!.id, roles: [{ role: 'coordinator' as const, consortiumId: consortium!.id }] },
  };
}

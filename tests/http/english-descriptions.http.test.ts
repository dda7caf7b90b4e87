import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/db/schema/index.ts';
import { createConsortium, createProgramme, type TestConsortium } from '../helpers/factories.ts';
import { as, createPortalTestApp, TEST_CSRF } from '../helpers/portal-test-app.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// A consortium's and a pps's description in English: entered in the portal, shown on /en pages and in the API;
// without it, /en pages show the Dutch text marked lang="nl".
const DUTCH = 'Wij leiden samen vakmensen op voor de energietransitie.';
const ENGLISH = 'Together we train skilled workers for the energy transition.';

/** The lead paragraph of a public page: its text and its lang attribute. */
function lead(html: string): { text: string; lang: string | null } {
  const match = /<p class="utrecht-paragraph utrecht-paragraph--lead"( lang="([a-z]+)")?>([^<]*)<\/p>/.exec(html);
  return { text: match?.[3] ?? '', lang: match?.[2] ?? null };
}

describe.each(DATABASE_KINDS)('English descriptions (%s)', (kind) => {
  let database: TestDatabase;
  let consortium: TestConsortium;
  let portal: ReturnType<typeof createPortalTestApp>;
  let site: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const programme = await createProgramme(database.db);
    consortium = await createConsortium(database.db, programme, { ppsAt: ['GM0344'] });
    portal = createPortalTestApp(database.db);
    site = createTestApp(database.db);
  });
  afterAll(() => database?.dispose());

  const saveProfile = async (descriptionEn: string) => {
    const [row] = await database.db.select({ version: s.consortia.version, name: s.consortia.name }).from(s.consortia).where(eq(s.consortia.id, consortium.id));
    return portal.request(`/portaal/consortia/${consortium.id}/profiel`, as(consortium.coordinator.actor, {
      _csrf: TEST_CSRF, version: String(row!.version), name: row!.name, description: DUTCH, descriptionEn,
      provinceCodes: 'PV26', sectorCodes: 'energie', levels: 'mbo',
    }));
  };

  it('the profile form saves the English description; /en shows it, the Dutch page and the API keep both', async () => {
    const form = await (await portal.request(`/en/portaal/consortia/${consortium.id}/profiel`, as(consortium.coordinator.actor))).text();
    expect(form).toContain('name="descriptionEn"');
    expect(form).toContain('Description in English (optional)');
    expect((await saveProfile(ENGLISH)).status).toBe(303);

    expect(lead(await (await site.request(`/en/consortia/${consortium.slug}`)).text())).toEqual({ text: ENGLISH, lang: null });
    expect(lead(await (await site.request(`/consortia/${consortium.slug}`)).text())).toEqual({ text: DUTCH, lang: null });
    const api = await (await site.request(`/api/v1/consortia/${consortium.id}`)).json();
    expect(api).toMatchObject({ beschrijving: DUTCH, beschrijvingEngels: ENGLISH });
  });

  it('without an English description, /en shows the Dutch one marked lang="nl" and the API says null', async () => {
    expect((await saveProfile('')).status).toBe(303);
    expect(lead(await (await site.request(`/en/consortia/${consortium.slug}`)).text())).toEqual({ text: DUTCH, lang: 'nl' });
    const api = await (await site.request(`/api/v1/consortia/${consortium.id}`)).json();
    expect(api.beschrijvingEngels).toBeNull();
  });

  it('the pps form saves the English description, shown on the English pps page and in the API', async () => {
    const pps = consortium.pps[0]!;
    const [row] = await database.db.select({ version: s.pps.version }).from(s.pps).where(eq(s.pps.id, pps.id));
    const fields = {
      _csrf: TEST_CSRF, version: String(row!.version), name: pps.name, foundedYear: '2018', status: 'actief',
      municipalityCode: pps.municipalityCode, description: DUTCH, sectorCodes: 'energie', levels: 'mbo',
    };
    expect(lead(await (await site.request(`/en/pps/${pps.slug}`)).text())).toMatchObject({ lang: 'nl' });
    expect((await portal.request(`/portaal/pps/${pps.id}`, as(consortium.coordinator.actor, { ...fields, descriptionEn: ENGLISH }))).status).toBe(303);
    expect(lead(await (await site.request(`/en/pps/${pps.slug}`)).text())).toEqual({ text: ENGLISH, lang: null });
    expect(lead(await (await site.request(`/pps/${pps.slug}`)).text())).toEqual({ text: DUTCH, lang: null });
    expect(await (await site.request(`/api/v1/pps/${pps.id}`)).json()).toMatchObject({ beschrijving: DUTCH, beschrijvingEngels: ENGLISH });
  });
});

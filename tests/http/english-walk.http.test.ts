import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/db/schema/index.ts';
import { dutchWordsIn } from '../helpers/dutch-words.ts';
import { TEST_PASSWORD } from '../helpers/factories.ts';
import { loginAs } from '../helpers/login.ts';
import { createSite, type TestSite } from '../helpers/site-factory.ts';
import { walkHttp } from '../helpers/site-walk.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// Every public and portal page under /en, as each role, holds no Dutch word of the message catalogues outside
// the data itself (names, titles, Dutch-only texts marked lang="nl").
const PUBLIC_STARTS = ['/en', '/en/dashboard', '/en/kaart', '/en/consortia', '/en/pps', '/en/kennisbank', '/en/rondes', '/en/open-data',
  '/en/open-data/woordenboek', '/en/toegankelijkheid', '/en/inloggen', '/en/wachtwoord-vergeten'];
const NEVER = /\/(uitloggen|afmelden)(\/|$)/;

describe('the English site has no Dutch interface text', () => {
  let database: TestDatabase;
  let site: TestSite;
  let app: ReturnType<typeof createTestApp>;
  const dataWords = new Set<string>();
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    site = await createSite(database.db);
    app = createTestApp(database.db);
    const db = database.db;
    const texts = [
      ...(await db.select({ t: s.consortia.name }).from(s.consortia)), ...(await db.select({ t: s.pps.name }).from(s.pps)),
      ...(await db.select({ t: s.organisations.name }).from(s.organisations)), ...(await db.select({ t: s.users.name }).from(s.users)),
      ...(await db.select({ t: s.programmes.name }).from(s.programmes)), ...(await db.select({ t: s.rounds.name }).from(s.rounds)),
      ...(await db.select({ t: s.knowledgeItems.title }).from(s.knowledgeItems)), ...(await db.select({ t: s.knowledgeItems.body }).from(s.knowledgeItems)),
      ...(await db.select({ t: s.knowledgeItems.summary }).from(s.knowledgeItems)), ...(await db.select({ t: s.knowledgeItems.results }).from(s.knowledgeItems)),
      ...(await db.select({ t: s.municipalities.name }).from(s.municipalities)), ...(await db.select({ t: s.consortia.description }).from(s.consortia)),
      ...(await db.select({ t: s.pps.description }).from(s.pps)), ...(await db.select({ t: s.reportNarratives.body }).from(s.reportNarratives)),
      // A rule's source is the title of a Dutch publication.
      ...(await db.select({ t: s.programmeRules.source }).from(s.programmeRules)),
    ];
    for (const { t } of texts) for (const w of (t ?? '').toLowerCase().match(/[\p{L}]{4,}/gu) ?? []) dataWords.add(w);
  });
  afterAll(() => database?.dispose());

  function collect(found: string[]) {
    return (html: string, path: string) => {
      const words = dutchWordsIn(html, dataWords);
      if (words.length) found.push(`${path}: ${words.join('; ')}`);
    };
  }

  it('public pages', async () => {
    const found: string[] = [];
    const visited = await walkHttp((path) => app.request(path), { starts: PUBLIC_STARTS, within: ['/en'], skip: /^\/en\/portaal|\/(uitloggen|afmelden)(\/|$)/ }, collect(found));
    expect(visited).toContain(`/en/consortia/${site.consortia[0]!.slug}`);
    expect(found).toEqual([]);
  });

  it('portal pages, for each role', async () => {
    const found: string[] = [];
    const visited: string[] = [];
    for (const account of [site.programme.office, site.programme.assessor, site.consortia[0]!.coordinator, site.applicant]) {
      const visitor = await loginAs(app, account.email, TEST_PASSWORD);
      visited.push(...await walkHttp((path) => visitor.request(path), { starts: ['/en/portaal'], within: ['/en/portaal'], skip: NEVER }, collect(found)));
    }
    expect(visited.length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});

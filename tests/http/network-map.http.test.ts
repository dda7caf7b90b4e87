import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsortium, createProgramme, type TestProgramme } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// Each test asks about a consortium of its own (filter ?consortium=slug), so tests do not see each other's pps'en.
describe('network map', () => {
  let database: TestDatabase;
  let programme: TestProgramme;
  let app: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    programme = await createProgramme(database.db);
    app = createTestApp(database.db);
  });
  afterAll(() => database?.dispose());

  /** Marker sizes in the map SVG, largest first (ECharts draws each scatter symbol as a path with its size). */
  const markerCount = (svg: string) => (svg.match(/<path d="M[^"]*" transform="matrix\(([\d.]+),/g) ?? []).length;

  it("counts pps'en and the places they are in from the data: three pps'en in two municipalities", async () => {
    const c = await createConsortium(database.db, programme, { ppsAt: ['GM0344', 'GM0344', 'GM0599'] });
    const html = await (await app.request(`/kaart?consortium=${c.slug}`)).text();
    expect(html).toContain("3 pps&#39;en op 2 plaatsen in 2 provincies.");
    const en = await (await app.request(`/en/kaart?consortium=${c.slug}`)).text();
    expect(en).toContain('3 pps at 2 places in 2 provinces.');
  });

  it('draws one marker per place, sized by the pps’en it stands for, and says so in the legend', async () => {
    const c = await createConsortium(database.db, programme, { ppsAt: ['GM0363', 'GM0363', 'GM0363', 'GM0363', 'GM0363', 'GM0392'] });
    const html = await (await app.request(`/kaart?consortium=${c.slug}`)).text();
    expect(html).toContain('Grootte van het teken');
    expect(html).toContain('1 pps op die plaats');
    expect(html).toContain("5 pps&#39;en op die plaats");
    const svg = await (await app.request(`/kaart/kaart.svg?consortium=${c.slug}`)).text();
    expect(markerCount(svg)).toBe(2);
    const csv = (await (await app.request(`/kaart/pps.csv?consortium=${c.slug}`)).text()).trimEnd().split('\r\n');
    expect(csv).toHaveLength(7);
  });

  it('offers only the filters that apply to pps’en, and refuses the others instead of ignoring them', async () => {
    const c = await createConsortium(database.db, programme);
    const html = await (await app.request(`/kaart?consortium=${c.slug}`)).text();
    expect(html).toContain('name="consortium"');
    expect(html).toContain('name="provincie"');
    expect(html).toContain('name="sector"');
    expect(html).not.toContain('name="actielijn"');
    expect(html).not.toContain('name="jaar"');
    const refused = await app.request(`/kaart?consortium=${c.slug}&actielijn=AL1&jaar=2025`);
    expect(refused.status).toBe(400);
    const text = await refused.text();
    expect(text.match(/Dit filter geldt niet voor de kaart/g)).toHaveLength(2);
    expect((await app.request(`/kaart/pps.csv?jaar=2025`)).status).toBe(400);
    expect((await app.request(`/kaart?consortium=${c.slug}&provincie=PV26`)).status).toBe(200);
  });

  it('gives the province map on the dashboard a colour legend, and the sector table no code column', async () => {
    const c = await createConsortium(database.db, programme, { ppsAt: ['GM0344', 'GM0307', 'GM0599'] });
    const html = await (await app.request(`/dashboard?consortium=${c.slug}`)).text();
    expect(html).toContain("Kleur: aantal pps&#39;en in de provincie");
    expect(html).toContain("0 tot en met 1 pps&#39;en");
    expect(html).toContain("2 pps&#39;en");
    const sectors = html.match(/<table[^>]*data-chart="sectoren"[\s\S]*?<\/table>/)?.[0] ?? '';
    expect(sectors).toContain('Energie');
    expect(sectors).not.toContain('CBS-code');
    expect(sectors).not.toContain('>energie<');
    const spread = html.match(/<table[^>]*data-chart="spreiding"[\s\S]*?<\/table>/)?.[0] ?? '';
    expect(spread).toContain('PV26');
  });
});

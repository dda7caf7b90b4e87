import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsortium, createProgramme } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

const BASE = 'https://pps.example.nl';

describe('page head: description, language alternates and icon', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  let pages: string[];
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const programme = await createProgramme(database.db);
    const consortium = await createConsortium(database.db, programme);
    app = createTestApp(database.db, { PUBLIC_BASE_URL: BASE });
    pages = ['/', '/dashboard', '/kaart', '/consortia', `/consortia/${consortium.slug}`, `/pps/${consortium.pps[0]!.slug}`,
      '/open-data', '/open-data/woordenboek', '/toegankelijkheid', '/inloggen'];
  });
  afterAll(() => database?.dispose());

  it('gives every public page a meta description and absolute hreflang alternates on the public address', async () => {
    for (const path of pages) {
      for (const [prefix, lang] of [['', 'nl'], ['/en', 'en']] as const) {
        const url = `${prefix}${path === '/' && prefix ? '' : path}`;
        const res = await app.request(url);
        expect(res.status, url).toBe(200);
        const html = await res.text();
        expect(html, url).toMatch(/<meta name="description" content="[^"]{50,}"/);
        const nlUrl = `${BASE}${path}`;
        const enUrl = `${BASE}/en${path === '/' ? '' : path}`;
        expect(html, url).toContain(`<link rel="alternate" hreflang="nl" href="${nlUrl}"/>`);
        expect(html, url).toContain(`<link rel="alternate" hreflang="en" href="${enUrl}"/>`);
        expect(html, url).toContain(`<link rel="alternate" hreflang="x-default" href="${nlUrl}"/>`);
        expect(html, url).toContain('<link rel="icon" href="/favicon.ico"');
        expect(html, url).toContain(`<html lang="${lang}"`);
      }
    }
  });

  it('answers /favicon.ico with an icon', async () => {
    const res = await app.request('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/x-icon');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]);
    expect((await app.request('/favicon.ico', { headers: { 'If-None-Match': res.headers.get('etag')! } })).status).toBe(304);
  });
});

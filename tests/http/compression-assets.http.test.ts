import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classesUsedInViews, fullUtrechtCss } from '../../src/routes/assets/build-assets.ts';
import { utrechtClassesIn } from '../../src/routes/assets/css-subset.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

const decoders = { br: brotliDecompressSync, gzip: gunzipSync } as const;

// Public answers go out compressed when asked, assets under a content hash; the bytes stay the same.
describe('compression and fingerprinted assets', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = createTestApp(database.db);
  });
  afterAll(() => database?.dispose());

  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
  const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

  it('compresses a public page with brotli or gzip, byte-identical when decompressed', async () => {
    const plain = await bytes(await get('/toegankelijkheid'));
    for (const encoding of ['br', 'gzip'] as const) {
      const res = await get('/toegankelijkheid', { 'Accept-Encoding': `${encoding}, identity` });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toContain('Accept-Encoding');
      expect(decoders[encoding](await bytes(res)).equals(plain)).toBe(true);
    }
  });

  it('links fingerprinted stylesheets that are cached for a year and decompress to the same bytes', async () => {
    const html = await (await get('/toegankelijkheid')).text();
    const hrefs = [...html.matchAll(/href="(\/assets\/[a-z]+\.[0-9a-f]{10}\.css)"/g)].map((m) => m[1] as string);
    expect(hrefs).toHaveLength(2);
    for (const href of hrefs) {
      const plain = await get(href);
      expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const body = await bytes(plain);
      for (const encoding of ['br', 'gzip'] as const) {
        const res = await get(href, { 'Accept-Encoding': encoding });
        expect(res.headers.get('content-encoding')).toBe(encoding);
        expect(decoders[encoding](await bytes(res)).equals(body)).toBe(true);
      }
    }
  });

  it('still answers the old asset URLs: the plain name and an earlier fingerprint', async () => {
    const html = await (await get('/toegankelijkheid')).text();
    const current = await bytes(await get(html.match(/href="(\/assets\/utrecht\.[0-9a-f]{10}\.css)"/)?.[1] as string));
    for (const old of ['/assets/utrecht.css', '/assets/utrecht.0123456789.css']) {
      const res = await get(old);
      expect(res.status, old).toBe(200);
      expect(res.headers.get('cache-control'), old).not.toContain('immutable');
      expect((await bytes(res)).equals(current), old).toBe(true);
    }
    expect((await get('/assets/nope.css')).status).toBe(404);
  });

  it('sends a Utrecht subset that keeps every utrecht class the views use, and is a fraction of the whole', async () => {
    const subset = await (await get('/assets/utrecht.css')).text();
    const full = fullUtrechtCss();
    const inLibrary = utrechtClassesIn(full);
    const used = [...classesUsedInViews()].filter((c) => !c.endsWith('-') && inLibrary.has(c));
    expect(used.length).toBeGreaterThan(40);
    const inSubset = utrechtClassesIn(subset);
    expect(used.filter((c) => !inSubset.has(c))).toEqual([]);
    expect(subset.length).toBeLessThan(full.length / 3);
    expect(subset).toContain('@license');
  });
});

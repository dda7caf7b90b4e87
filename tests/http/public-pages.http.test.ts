import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAward, createConsortium, createProgramme } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// The public skeleton through the real HTTP layer: pages, errors, headers, caching.
describe('public pages and errors over HTTP', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = createTestApp(database.db);
    // Two awards adding up to € 12 million: the headline figure.
    const programme = await createProgramme(database.db);
    for (const awarded of [5_000_000, 7_000_000]) await addAward(database.db, await createConsortium(database.db, programme), { awarded });
  });
  afterAll(() => database?.dispose());

  it('serves the figures page in Dutch with landmarks and a skip link', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nl"/);
    expect(html).toContain('href="#inhoud"');
    for (const landmark of ['<header', '<nav', '<main', '<footer']) expect(html).toContain(landmark);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('€ 12 miljoen');
    expect(html).toContain('voorbeelddata');
    expect(html).toContain('href="/toegankelijkheid"');
  });

  it('serves the same page in English under /en', async () => {
    const html = await (await app.request('/en')).text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('The programme in figures');
    expect(html).toContain('€12 million');
  });

  it('serves the accessibility statement', async () => {
    const res = await app.request('/toegankelijkheid');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Toegankelijkheidsverklaring');
  });

  it('answers an unknown page with a Dutch 404 page', async () => {
    const res = await app.request('/bestaat-niet');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('Pagina niet gevonden');
  });

  it('answers an unknown API path with problem+json, never a redirect for a trailing slash', async () => {
    for (const path of ['/api/v1/bestaat-niet', '/api/v1/kerncijfers/']) {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.headers.get('API-Version')).toBe('1.0.0');
      const body = (await res.json()) as { status: number; title: string };
      expect(body.status).toBe(404);
      expect(body.title).toBeTruthy();
    }
  });

  it('sends security headers on every response', async () => {
    const res = await app.request('/');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toBeTruthy();
    // HSTS only over https (auth-hardening tests): this request came over plain http.
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('lets public pages and assets be cached and revalidated by ETag', async () => {
    for (const path of ['/', '/assets/theme.css', '/assets/utrecht.css']) {
      const first = await app.request(path);
      const etag = first.headers.get('etag');
      expect(etag, path).toBeTruthy();
      expect(first.headers.get('cache-control'), path).toContain('public');
      const again = await app.request(path, { headers: { 'If-None-Match': etag as string } });
      expect(again.status, path).toBe(304);
    }
  });

  it('reports health', async () => {
    const res = await app.request('/health');
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

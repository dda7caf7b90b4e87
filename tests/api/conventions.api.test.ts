import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createProgramme } from '../helpers/factories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';
import { expectContract, loadDocument, type Doc } from './contract.ts';

// Conventions of the API Design Rules that hold for every resource.
describe.each(DATABASE_KINDS)('API conventions on %s', (kind) => {
  let database: TestDatabase;
  let app: Hono;
  let doc: Doc;
  let organisationId: number;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    app = createTestApp(database.db);
    // The code lists and one organisation: enough for every resource the conventions are tried on.
    await createProgramme(database.db);
    organisationId = (await createOrganisation(database.db)).id;
    doc = await loadDocument(app);
  });
  afterAll(() => database?.dispose());

  const problemOf = async (res: Response, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('api-version')).toBe(doc.info.version);
    const body = await res.json();
    expect(body).toMatchObject({ type: 'about:blank', status, title: expect.any(String), detail: expect.any(String), instance: expect.any(String) });
    return body;
  };

  it('sends API-Version and an open CORS header with every answer', async () => {
    const res = await app.request('/api/v1/provincies', { headers: { Origin: 'https://example.org' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('api-version')).toBe(doc.info.version);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('API-Version');
  });

  it('answers a CORS preflight for any origin', async () => {
    const res = await app.request('/api/v1/organisaties', {
      method: 'OPTIONS', headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('gives 404 problem+json, not a redirect, for a trailing slash', async () => {
    for (const url of ['/api/v1/kerncijfers/', '/api/v1/organisaties/', `/api/v1/organisaties/${organisationId}/`]) {
      const res = await app.request(url);
      expect(res.headers.get('location'), url).toBeNull();
      const body = await problemOf(res, 404);
      expect(body.title).toBe('Niet gevonden');
    }
  });

  it('gives 404 problem+json with API-Version for an unknown resource', async () => {
    const body = await problemOf(await app.request('/api/v1/bestaat-niet'), 404);
    expect(body.instance).toBe('/api/v1/bestaat-niet');
  });

  it('gives 405 problem+json with Allow for a method other than GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await app.request(`/api/v1/organisaties/${organisationId}`, { method });
      expect(res.headers.get('allow'), method).toBe('GET, HEAD, OPTIONS');
      expect((await problemOf(res, 405)).detail).toContain(method);
    }
  });

  it('gives 400 problem+json listing unknown and repeated query parameters, in the documented shape', async () => {
    const res = await app.request('/api/v1/kerncijfers?taal=en&x=1&x=2');
    const body = await problemOf(res, 400);
    expectContract(doc, '/kerncijfers', res, body);
    expect(body.invalidParams).toEqual([
      { name: 'taal', reason: expect.stringContaining('Onbekende parameter') },
      { name: 'x', reason: expect.stringContaining('Onbekende parameter') },
    ]);
  });

  it('serves HEAD like GET and lets clients revalidate by ETag', async () => {
    const head = await app.request('/api/v1/sectoren', { method: 'HEAD' });
    expect(head.status).toBe(200);
    const first = await app.request('/api/v1/sectoren');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    expect(first.headers.get('cache-control')).toContain('public');
    const again = await app.request('/api/v1/sectoren', { headers: { 'If-None-Match': tag as string } });
    expect(again.status).toBe(304);
    expect(again.headers.get('api-version')).toBe(doc.info.version);
  });
});

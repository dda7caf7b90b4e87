import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import spectralCore from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import { bundleAndLoadRuleset } from '@stoplight/spectral-ruleset-bundler/with-loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';
import { createTestApp } from '../helpers/test-app.ts';

const { Spectral, Document } = spectralCore;
const RULESET = fileURLToPath(new URL('../../docs/api/adr-ruleset.yaml', import.meta.url));

// The vendored ruleset is read from disk; any attempt to fetch a remote ruleset fails the test.
async function lint(document: unknown) {
  const spectral = new Spectral();
  spectral.setRuleset(await bundleAndLoadRuleset(RULESET, { fs, fetch: () => Promise.reject(new Error('no network at lint time')) }));
  const results = await spectral.run(new Document(JSON.stringify(document, null, 2), Parsers.Json));
  return results.map((r) => ({ code: String(r.code), severity: r.severity, message: r.message, path: r.path.join('.') }));
}

describe('the OpenAPI document at /api/v1/openapi.json', () => {
  let database: TestDatabase;
  let document: Record<string, any>;
  beforeAll(async () => {
    // The document needs no data: an empty database is enough (a template copy is cheaper than initdb).
    database = await createTestDatabase('pglite');
    const res = await createTestApp(database.db).request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    document = await res.json();
  });
  afterAll(() => database?.dispose());

  it('passes the API Design Rules ruleset (Spectral) without errors or warnings', async () => {
    expect(await lint(document)).toEqual([]);
  });

  it('is OpenAPI 3.0 with contact, a /api/v1 server and every resource of the API', () => {
    expect(document.openapi).toMatch(/^3\.0\.\d+$/);
    expect(Object.keys(document.info.contact).sort()).toEqual(['email', 'name', 'url']);
    expect(document.servers[0].url).toMatch(/\/api\/v1$/);
    expect(Object.keys(document.paths).sort()).toEqual([
      '/actielijnen', '/begrotingen', '/consortia', '/consortia/{id}', '/consortia/{id}/pps', '/doelen', '/gemeenten', '/indicatoren', '/indicatoren/{code}', '/kennisitems', '/kerncijfers',
      '/openapi.json', '/organisaties', '/organisaties/{id}', '/pps', '/pps/{id}', '/programmafeiten', '/provincies', '/realisaties', '/rondes', '/rondes/{id}', '/sectoren',
    ]);
  });

  it('describes every operation, parameter and schema property in Dutch', () => {
    for (const [path, item] of Object.entries<any>(document.paths)) {
      const op = item.get;
      expect(op.summary && op.description, path).toBeTruthy();
      for (const p of op.parameters ?? []) expect(p.description, `${path} ${p.name}`).toBeTruthy();
    }
    for (const [name, schema] of Object.entries<any>(document.components.schemas)) {
      expect(schema.description, name).toBeTruthy();
      for (const [prop, sub] of Object.entries<any>(schema.properties ?? {})) expect(sub.description ?? sub.$ref, `${name}.${prop}`).toBeTruthy();
    }
  });

  it('fails on a document that breaks the rules, so the lint can catch a regression', async () => {
    const broken = structuredClone(document);
    delete broken.info.contact;
    broken.paths['/organisaties/'] = broken.paths['/organisaties'];
    delete broken.paths['/kerncijfers'].get.responses['200'].headers;
    const codes = (await lint(broken)).filter((r) => r.severity === 0).map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['info-contact', 'path-keys-no-trailing-slash', 'nlgov:missing-header']));
  });
});

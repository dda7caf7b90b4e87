import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDcatCatalog } from '../../src/domain/export/dcat.ts';
import { DOWNLOADS } from '../../src/routes/pages/downloads.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// DCAT-AP-NL 3.0 constraints as SHACL; a transcription, see the README beside the file.
const SHAPES = new Parser().parse(readFileSync(new URL('../fixtures/dcat-ap-nl/shapes.ttl', import.meta.url), 'utf8'));

/** The JSON-LD as RDF (our context is inline: nothing is fetched), validated against the shapes. */
async function validate(catalog: object): Promise<{ conforms: boolean; problems: string[] }> {
  const nquads = (await jsonld.toRDF(catalog as jsonld.JsonLdDocument, { format: 'application/n-quads' })) as unknown as string;
  const data = new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
  const report = await new SHACLValidator(new Store(SHAPES)).validate(data);
  return {
    conforms: report.conforms,
    problems: report.results.map((r) => `${r.focusNode?.value} | ${r.path?.value} | ${r.message.map((m) => m.value).join(' ')}`),
  };
}

describe('DCAT-AP-NL catalogue', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = createTestApp(database.db, { PUBLIC_BASE_URL: 'https://pps.example.nl' });
  });
  afterAll(() => database?.dispose());

  it('conforms to the DCAT-AP-NL 3.0 shapes, with absolute IRIs on the public address', async () => {
    const res = await app.request('/downloads/dcat.jsonld');
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    const catalog = await res.json();
    const result = await validate(catalog);
    expect(result.problems).toEqual([]);
    expect(result.conforms).toBe(true);
    const nquads = (await jsonld.toRDF(catalog, { format: 'application/n-quads' })) as unknown as string;
    // Licence, theme and conformsTo are IRIs in RDF, not strings.
    expect(nquads).toContain('<http://purl.org/dc/terms/license> <http://creativecommons.org/publicdomain/zero/1.0/deed.nl>');
    expect(nquads).toContain('<http://www.w3.org/ns/dcat#theme> <http://publications.europa.eu/resource/authority/data-theme/EDUC>');
    expect(nquads).toContain('<http://purl.org/dc/terms/conformsTo> <https://gitdocumentatie.logius.nl/publicatie/api/adr/>');
    expect(nquads).toContain('<https://pps.example.nl/api/v1>');
  });

  it('fails the shapes when a required property is missing or an IRI is written as a string', async () => {
    const catalog = toDcatCatalog('https://pps.example.nl', DOWNLOADS, '2026-12-01');
    const { 'dct:identifier': _identifier, 'dct:accessRights': _rights, ...dataset } = catalog['dcat:dataset'][0]!;
    const broken = { ...catalog, '@context': { ...catalog['@context'], 'dct:license': 'http://purl.org/dc/terms/license' }, 'dcat:dataset': [dataset] };
    delete (broken as Record<string, unknown>)['dct:description'];
    const result = await validate(broken);
    expect(result.conforms).toBe(false);
    const paths = result.problems.map((p) => p.split(' | ')[1]);
    expect(paths).toContain('http://purl.org/dc/terms/identifier');
    expect(paths).toContain('http://purl.org/dc/terms/accessRights');
    expect(paths).toContain('http://purl.org/dc/terms/description');
    expect(paths).toContain('http://purl.org/dc/terms/license');
  });
});

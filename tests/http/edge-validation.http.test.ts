import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsortium, createProgramme, TEST_PASSWORD } from '../helpers/factories.ts';
import { loginAs, type Visitor } from '../helpers/login.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// Inputs that each gave a 500 (nothing was written): now a clear 4xx, in Dutch, never cached.
describe('validation at the edge', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  let office: Visitor;
  let consortiumSlug: string;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const programme = await createProgramme(database.db);
    consortiumSlug = (await createConsortium(database.db, programme)).slug;
    app = createTestApp(database.db);
    office = await loginAs(app, programme.office.email, TEST_PASSWORD);
  });
  afterAll(() => database?.dispose());

  it('refuses ids beyond the integer range in API paths and public filters', async () => {
    const api = await app.request('/api/v1/pps/2147483648');
    expect(api.status).toBe(400);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
    const problem = await api.json();
    expect(problem.invalidParams).toEqual([{ name: 'id', reason: 'Mag maximaal 2147483647 zijn.' }]);
    for (const path of ['/pps?consortium=2147483648', '/organisaties?consortium=99999999999999']) {
      expect((await app.request(path)).status, path).toBeLessThan(500);
    }
    expect((await office.request('/portaal/consortia/2147483648')).status).toBe(404);
  });

  it('answers NUL bytes in paths with a 4xx', async () => {
    for (const path of ['/consortia/%00', '/api/v1/consortia/a%00b', '/pps/%00x']) {
      const response = await app.request(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
    }
  });

  it('shows the audit log for a 14-digit page number and a date in year 1', async () => {
    expect((await office.request('/portaal/audit?pagina=12345678901234')).status).toBe(200);
    expect((await office.request('/portaal/audit?van=0001-01-01&tot=0001-01-02')).status).toBe(200);
  });

  it('refuses an amount beyond the column in the budget import preview', async () => {
    const form = new FormData();
    form.set('_csrf', office.csrfToken);
    form.set('soort', 'begrotingen');
    form.set('bestand', new File([`consortium;actielijn;jaar;bron;bedrag\n${consortiumSlug};AL1;2025;subsidie;10000000000000000000\n`], 'b.csv'));
    const response = await office.request('/portaal/import/voorbeeld', { method: 'POST', body: form });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('is te groot');
  });

  it('does not take an inherited property for an asset, and does not cache the refusal', async () => {
    const response = await app.request('/assets/constructor', { headers: { 'If-None-Match': '"x"' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('sends Permissions-Policy always and HSTS only over https', async () => {
    const plain = await app.request('http://localhost/');
    expect(plain.headers.get('permissions-policy')).toContain('camera=()');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect((await app.request('https://localhost/')).headers.get('strict-transport-security')).toContain('max-age=');
  });
});

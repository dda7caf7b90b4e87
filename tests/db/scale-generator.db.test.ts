import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataGeneration } from '../../src/services/audit/get-data-generation.ts';
import { generateDemo } from '../../src/seed/generate-demo.ts';
import { loadScale, type ScaleSummary } from '../../src/seed/scale/load-scale.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// A small scale (×0,2: three consortia) is loaded by COPY and the public pages work on it.
describe.each(DATABASE_KINDS)('the scale generator on %s', (kind) => {
  let database: TestDatabase;
  let summary: ScaleSummary;
  const template = generateDemo(42);
  const first3 = (id: number | null | undefined) => id != null && id <= 3;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    summary = await loadScale(database, { factor: 0.2, seed: 42, demoPassword: 'schaal-wachtwoord-2026' });
  }, 120_000);
  afterAll(() => database?.dispose());

  it('loads the first consortia of the demo with their networks and ten years of budget and reports', () => {
    const pps = template.pps.filter((p) => first3(p.consortiumId));
    const ppsIds = new Set(pps.map((p) => p.id));
    expect(summary.consortia).toBe(3);
    expect(summary.pps).toBe(pps.length);
    expect(summary.memberships).toBe(template.memberships.filter((m) => ppsIds.has(m.ppsId)).length);
    expect(summary.budget_lines).toBe(2 * template.budgetLines.filter((b) => first3(b.consortiumId)).length);
    expect(summary.progress_reports).toBe(30);
    expect(summary.audit_log).toBeGreaterThan(summary.memberships as number);
  });

  it('refuses a database that holds a programme', async () => {
    await expect(loadScale(database, { factor: 0.1, seed: 1, demoPassword: 'schaal-wachtwoord-2026' })).rejects.toThrow(/empty database/);
  });

  it('moves the data generation, and the dashboard, map and a consortium page render', async () => {
    expect(await getDataGeneration({ db: database.db, actor: null })).toBeGreaterThan(0);
    const app = createTestApp(database.db, { RESPONSE_CACHE_SECONDS: '0' });
    const name = template.consortia[0]?.name as string;
    for (const path of ['/dashboard', '/kaart', `/consortia/${template.consortia[0]?.slug}`, '/api/v1/kerncijfers']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      if (path === '/dashboard') expect(await res.text()).toContain('<table');
      if (path.startsWith('/consortia/')) expect(await res.text()).toContain(name);
    }
  });
});

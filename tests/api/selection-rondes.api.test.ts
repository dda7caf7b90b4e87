import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEuro } from '../../src/domain/format.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createSelectionFixture, decideSmallRound } from '../helpers/selection-factory.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';
import { getChecked, loadDocument, type Doc } from './contract.ts';

describe.each(DATABASE_KINDS)('public rounds in the API and pages on %s', (kind) => {
  let database: TestDatabase;
  let app: Hono;
  let doc: Doc;
  let roundId: number;
  let secrets: string[];
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = await createSelectionFixture(database.db);
    roundId = f.roundId;
    ({ secrets } = await decideSmallRound(database.db, f));
    app = createTestApp(database.db);
    doc = await loadDocument(app);
  });
  afterAll(() => database?.dispose());

  it('200 /rondes: each round with its public counts, as the document describes', async () => {
    const body = await getChecked(app, doc, '/rondes', '/rondes');
    expect(body._embedded.rondes).toEqual([{ id: roundId, naam: 'Testronde', opent: '2023-03-20', sluit: '2023-04-17', budget: 10_000_000, status: 'open', aantalAanvragen: 2, aantalGehonoreerd: 1, toegekendBedrag: 3_500_000 }]);
  });

  it('200 /rondes/{id}: the criteria and the honoured consortium, and nothing private', async () => {
    const body = await getChecked(app, doc, '/rondes/{id}', `/rondes/${roundId}`);
    expect(body.criteria.map((c: { code: string; weging: number }) => [c.code, c.weging])).toEqual([['krapte', 2], ['bijdrage', 1], ['bereik', 1], ['aansluiting', 1]]);
    expect(body.gehonoreerd).toEqual([{ consortiumId: expect.any(Number), naam: 'Gehonoreerd Plan', toegekendBedrag: 3_500_000 }]);
    const text = JSON.stringify(body);
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('404 problem for a round that does not exist', async () => {
    const res = await app.request('/api/v1/rondes/999999');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('shows the round page in Dutch and English with the result, without private details', async () => {
    for (const [path, words] of [[`/rondes/${roundId}`, ['Selectiecriteria', 'Gehonoreerd Plan', formatEuro(3_500_000, 'nl'), '2 aanvragen, waarvan 1 gehonoreerd']], [`/en/rondes/${roundId}`, ['Selection criteria', 'Gehonoreerd Plan', formatEuro(3_500_000, 'en'), '2 applications, of which 1 honoured']]] as const) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      const html = await res.text();
      for (const w of words) expect(html).toContain(w);
      for (const secret of secrets) expect(html).not.toContain(secret);
    }
    const list = await (await app.request('/rondes')).text();
    expect(list).toContain(`href="/rondes/${roundId}"`);
    expect((await app.request('/rondes/abc')).status).toBe(404);
  });
});

import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/db/schema/index.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { handleError, handleNotFound } from '../../src/routes/errors.tsx';
import { createKnowledgePortalRoutes } from '../../src/routes/portal/knowledge-routes.tsx';
import type { Actor } from '../../src/services/context.ts';
import { createConsortiumWithPps, createItem, createProgramme } from '../helpers/knowledge-factory.ts';
import { as } from '../helpers/portal-test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// TEST ONLY: the knowledge portal routes behind a stand-in session that takes the actor from a header.
function knowledgePortalApp(db: TestDatabase['db']) {
  const logger = createLogger(loadConfig({ LOG_LEVEL: 'silent', PORT: '0' }));
  const app = new Hono({ strict: true });
  app.use('*', async (c, next) => {
    const header = c.req.header('x-test-actor');
    c.set('actor', header ? (JSON.parse(header) as Actor) : null);
    c.set('csrfToken', 'test');
    await next();
  });
  app.route('/portaal/kennis', createKnowledgePortalRoutes({ db }));
  app.notFound(handleNotFound(logger));
  app.onError(handleError(logger));
  return app;
}

describe('knowledge pages of the portal', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof knowledgePortalApp>;
  let world: Awaited<ReturnType<typeof createConsortiumWithPps>>;
  let other: Awaited<ReturnType<typeof createConsortiumWithPps>>;
  let programmeId: number;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    ({ programmeId } = await createProgramme(database.db));
    world = await createConsortiumWithPps(database.db, programmeId);
    other = await createConsortiumWithPps(database.db, programmeId);
    app = knowledgePortalApp(database.db);
  });
  afterAll(() => database?.dispose());

  const item = (title: string) => database.db.select({ id: s.knowledgeItems.id, status: s.knowledgeItems.status, version: s.knowledgeItems.version, body: s.knowledgeItems.body })
    .from(s.knowledgeItems).where(eq(s.knowledgeItems.title, title)).then((rows) => rows[0]);

  it('lets the office write an item in Markdown, audited, and refuses everyone else', async () => {
    const form = { kind: 'nieuws', title: 'Nieuw bericht', summary: 'Kort', body: '**Vet** <script>x()</script>', publishedOn: '2026-11-01', status: 'gepubliceerd', actionLines: ['AL2'], provinces: ['PV26'] };
    expect((await app.request('/portaal/kennis/nieuw', as(world.coordinator, form))).status).toBe(403);
    const res = await app.request('/portaal/kennis/nieuw', as(world.office, form));
    expect(res.status).toBe(303);
    const saved = await item('Nieuw bericht');
    expect(saved).toMatchObject({ status: 'gepubliceerd', body: '**Vet** <script>x()</script>' });
    const audit = await database.db.select({ actor: s.auditLog.actorUserId }).from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'knowledge.create'), eq(s.auditLog.entityId, String(saved!.id))));
    expect(audit).toEqual([{ actor: world.office.userId }]);
    const tags = await database.db.select({ code: s.actionLines.code }).from(s.knowledgeItemActionLines)
      .innerJoin(s.actionLines, eq(s.actionLines.id, s.knowledgeItemActionLines.actionLineId)).where(eq(s.knowledgeItemActionLines.itemId, saved!.id));
    expect(tags).toEqual([{ code: 'AL2' }]);
  });

  it('shows the form again with the input and a specific error, and writes nothing', async () => {
    const res = await app.request('/portaal/kennis/nieuw', as(world.office, { kind: 'evenement', title: 'Evenement zonder tijd', publishedOn: '2026-11-01', status: 'gepland', capacity: 'veel' }));
    expect(res.status).toBe(400);
    const html = await res.text();
    for (const text of ['Vul de begintijd van het evenement in.', 'Vul in wanneer het item gepubliceerd wordt.', 'Vul een heel aantal plaatsen in', 'value="Evenement zonder tijd"']) expect(html).toContain(text);
    expect(await item('Evenement zonder tijd')).toBeUndefined();
  });

  it('lets a coordinator propose a good practice for their own pps only; the office reviews and publishes it', async () => {
    // A published item of this test's own: a proposal waiting for review is listed above it.
    await createItem(database.db, programmeId, { title: 'Gepubliceerd warmtebericht' });
    const proposal = { ppsId: String(world.ppsId), title: 'Leerlab warmte', summary: 'Een leerlab met een warmtenet.', body: 'Wat we deden: een leerlab gebouwd met bedrijven.', contact: 'info@voorbeeld.nl' };
    expect((await app.request('/portaal/kennis/voorstel', as(other.coordinator, proposal))).status).toBe(403);
    expect((await app.request('/portaal/kennis/voorstel', as(world.coordinator, proposal))).status).toBe(303);
    const proposed = await item('Leerlab warmte');
    expect(proposed?.status).toBe('concept');
    const list = await (await app.request('/portaal/kennis', as(world.office))).text();
    expect(list.indexOf('Leerlab warmte')).toBeLessThan(list.indexOf('Gepubliceerd warmtebericht'));
    expect(list).toContain(`Coördinator`);
    const edit = await (await app.request(`/portaal/kennis/${proposed!.id}`, as(world.office))).text();
    expect(edit).toContain(`name="pps" value="${world.ppsId}"`);
    const publish = { kind: 'goede_praktijk', title: 'Leerlab warmte', summary: 'Een leerlab met een warmtenet.', body: 'Wat we deden.', publishedOn: '2026-11-02',
      status: 'gepubliceerd', version: String(proposed!.version), pps: String(world.ppsId), consortia: String(world.consortiumId), sectors: ['energie'] };
    expect((await app.request(`/portaal/kennis/${proposed!.id}`, as(world.office, publish))).status).toBe(303);
    expect((await item('Leerlab warmte'))?.status).toBe('gepubliceerd');
    // The same stale version again is refused and changes nothing.
    const stale = await app.request(`/portaal/kennis/${proposed!.id}`, as(world.office, { ...publish, title: 'Anders' }));
    expect(stale.status).toBe(409);
    expect(await item('Anders')).toBeUndefined();
    const actions = await database.db.select({ action: s.auditLog.action }).from(s.auditLog).where(eq(s.auditLog.entityId, String(proposed!.id)));
    expect(actions.map((a) => a.action)).toEqual(['knowledge.propose', 'knowledge.gepubliceerd']);
  });

  it('gives the office the registrations as CSV and XLSX', async () => {
    const event = await createItem(database.db, programmeId, { title: 'Dag', kind: 'evenement', capacity: 5, startsAt: new Date(Date.now() + 86_400_000) });
    await database.db.insert(s.eventRegistrations).values([
      { itemId: event.id, status: 'aangemeld', name: 'Anna', email: 'anna@voorbeeld.nl', organisation: '=HYPERLINK("x")' },
      { itemId: event.id, status: 'wachtlijst', name: 'Bob', email: 'bob@voorbeeld.nl', organisation: null },
    ]);
    const csv = await (await app.request(`/portaal/kennis/${event.id}/aanmeldingen.csv`, as(world.office))).text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('naam;email;organisatie;status;aangemeldOp;afgemeldOp;doorgeschovenOp;gewistOp');
    expect(lines[1]).toMatch(/^Anna;anna@voorbeeld\.nl;"'=HYPERLINK\(""x""\)";aangemeld;/);
    const xlsx = await app.request(`/portaal/kennis/${event.id}/aanmeldingen.xlsx`, as(world.office));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(3).getCell(1).value).toBe('Bob');
    expect(sheet.getRow(3).getCell(4).value).toBe('wachtlijst');
    expect((await app.request(`/portaal/kennis/${event.id}/aanmeldingen.csv`, as(world.coordinator))).status).toBe(403);
  });

  it('shows the office the visitor counts per path', async () => {
    await database.db.insert(s.pageViews).values([{ path: '/kennisbank', day: '2026-11-01', views: 4 }, { path: '/kennisbank', day: '2026-11-02', views: 3 }, { path: '/', day: '2026-11-02', views: 2 }]);
    const html = await (await app.request('/portaal/kennis/bezoek?van=2026-11-01&tot=2026-11-30', as(world.office))).text();
    expect(html).toMatch(/\/kennisbank<\/a><\/th><td[^>]*>7</);
    expect(html).toMatch(/Totaal<\/th><td[^>]*>9</);
    expect((await app.request('/portaal/kennis/bezoek', as(world.coordinator))).status).toBe(403);
  });
});

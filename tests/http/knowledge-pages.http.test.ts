import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/db/schema/index.ts';
import { createItem, createProgramme } from '../helpers/knowledge-factory.ts';
import { openForm } from '../helpers/login.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

describe('knowledge bank over HTTP', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  let news: { id: number; slug: string };
  let event: { id: number; slug: string };

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const { programmeId, actionLineIds } = await createProgramme(database.db, { retentionDays: 30 });
    news = await createItem(database.db, programmeId, {
      title: 'Samenwerkingsverband & <b>vet</b>', summary: 'Over een samenwerkingsverband <img src=x onerror=alert(1)>.', sourceTags: ['Katapult'],
      body: '# Kop\n\nTekst met <script>alert(1)</script> en [link](javascript:alert(2)).', publishedOn: '2025-03-01', actionLines: [actionLineIds.AL1!], provinces: ['PV26'],
    });
    await createItem(database.db, programmeId, { title: 'Publicatie over warmte', kind: 'publicatie', publishedOn: '2024-01-01', provinces: ['PV26'] });
    await createItem(database.db, programmeId, { title: 'Geheim concept', status: 'concept' });
    event = await createItem(database.db, programmeId, {
      title: 'Kennisdag', kind: 'evenement', capacity: 1, location: 'Utrecht', startsAt: new Date(Date.now() + 5 * 86_400_000), endsAt: new Date(Date.now() + 5 * 86_400_000 + 7_200_000),
    });
    app = createTestApp(database.db);
  });
  afterAll(() => database?.dispose());

  it('searches without JavaScript: stemmed, hits marked, markup escaped, facets as links', async () => {
    const res = await app.request('/kennisbank?q=samenwerkingsverbanden');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('1 resultaten voor “samenwerkingsverbanden”');
    expect(html).toMatch(/<mark>samenwerkingsverband<\/mark>/i);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>vet</b>');
    expect(html).toContain('&lt;b&gt;vet&lt;/b&gt;');
    expect(html).toContain('href="/kennisbank?q=samenwerkingsverbanden&amp;provincie=PV26"');
    expect(html).not.toContain('Geheim concept');
    const none = await (await app.request('/kennisbank?q=fietsenmaker')).text();
    expect(none).toContain('Geen kennisitems gevonden');
  });

  it('shows an item with sanitised text, sources, reading time and related items; a concept is 404', async () => {
    const html = await (await app.request(`/kennisbank/${news.slug}`)).text();
    expect(html).toContain('<h2>Kop</h2>');
    // What is left of the attacks is escaped text, never markup.
    expect(html).not.toMatch(/<script>alert|href="javascript|<img|<[^>]+onerror/);
    expect(html).toContain('Katapult');
    expect(html).toContain('1 min');
    expect(html).toContain('Publicatie over warmte');
    expect((await app.request('/kennisbank/geheim-concept-3')).status).toBe(404);
  });

  it('has English pages without Dutch interface text, the item content marked lang="nl"', async () => {
    const html = await (await app.request(`/en/kennisbank/${news.slug}`)).text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('Reading time');
    expect(html).toMatch(/<h1 class="utrecht-heading-1" lang="nl">/);
    for (const dutch of ['Leestijd', 'Gepubliceerd op', 'Bronnen', 'Onderwerpen', 'Kennisbank<']) expect(html).not.toContain(dutch);
    const search = await (await app.request('/en/kennisbank')).text();
    for (const dutch of ['Zoeken', '>Soort<', 'Nieuws<', ' resultaten', 'Filter de resultaten']) expect(search).not.toContain(dutch);
  });

  it('serves an Atom feed of news and publications that parses as RFC 4287', async () => {
    const res = await app.request('/kennisbank/feed.atom');
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const text = await res.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text).feed;
    const entries = [feed.entry].flat();
    expect(entries.map((e: { title: { '#text': string } }) => e.title['#text'])).toEqual(['Samenwerkingsverband & <b>vet</b>', 'Publicatie over warmte']);
    for (const e of entries) for (const key of ['id', 'title', 'updated', 'link']) expect(e[key]).toBeDefined();
  });

  it('serves iCalendar per event and for all events, parsed by ical.js', async () => {
    for (const path of [`/kennisbank/${event.slug}/agenda.ics`, '/evenementen.ics']) {
      const res = await app.request(path);
      expect(res.headers.get('content-type')).toContain('text/calendar');
      const events = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.map((e) => e.summary)).toEqual(['Kennisdag']);
      expect(events[0]!.location).toBe('Utrecht');
    }
    expect((await app.request(`/kennisbank/${news.slug}/agenda.ics`)).status).toBe(404);
  });

  it('registers by form, puts the second on the waiting list, and cancels by the mailed link', async () => {
    const first = await openForm(app, `/aanmelden/${event.slug}`);
    const ok = await first.post(`/aanmelden/${event.slug}`, { name: 'Anna', email: 'anna@voorbeeld.nl', organisation: 'ROC' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/aanmelden/${event.slug}?melding=aangemeld`);
    const bad = await first.post(`/aanmelden/${event.slug}`, { name: '', email: 'geen-adres' });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Vul een geldig e-mailadres in');
    expect(badHtml).toContain('value="geen-adres"');
    const second = await openForm(app, `/en/aanmelden/${event.slug}`);
    const waiting = await second.post(`/en/aanmelden/${event.slug}`, { name: 'Bob', email: 'bob@voorbeeld.nl' });
    expect(waiting.headers.get('location')).toBe(`/en/aanmelden/${event.slug}?melding=wachtlijst`);
    expect(await (await app.request(`/en/aanmelden/${event.slug}?melding=wachtlijst`)).text()).toContain('You are on the waiting list');

    const [mail] = await database.db.select({ body: s.outbox.body }).from(s.outbox).where(eq(s.outbox.recipient, 'anna@voorbeeld.nl')).orderBy(asc(s.outbox.id));
    const link = /https?:\/\/[^\s]+\/afmelden\/([A-Za-z0-9_-]+)/.exec(mail!.body)!;
    const path = new URL(link[0]).pathname;
    const confirm = await openForm(app, path);
    const cancelled = await confirm.post(path);
    expect(cancelled.status).toBe(303);
    expect(await (await app.request(cancelled.headers.get('location')!)).text()).toContain('U bent afgemeld');
    const rows = await database.db.select({ email: s.eventRegistrations.email, status: s.eventRegistrations.status }).from(s.eventRegistrations)
      .where(eq(s.eventRegistrations.itemId, event.id)).orderBy(asc(s.eventRegistrations.id));
    expect(rows).toEqual([{ email: 'anna@voorbeeld.nl', status: 'afgemeld' }, { email: 'bob@voorbeeld.nl', status: 'aangemeld' }]);
    // A form posted without the cookie's token is refused.
    const forged = await app.request(`/aanmelden/${event.slug}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=X&email=x@voorbeeld.nl' });
    expect(forged.status).toBe(403);
  });

  it('answers /api/v1/kennisitems with ranked items, fragments and facets, and problem+json for bad input', async () => {
    const res = await app.request('/api/v1/kennisitems?q=samenwerkingsverbanden&paginaGrootte=5');
    expect(res.status).toBe(200);
    expect(res.headers.get('API-Version')).toBeTruthy();
    const body = await res.json();
    expect(body.totaal).toBe(1);
    expect(body._embedded.kennisitems[0].slug).toBe(news.slug);
    expect(body._embedded.kennisitems[0].fragment.some((f: { treffer: boolean }) => f.treffer)).toBe(true);
    expect(body.facetten.provincie).toEqual([{ waarde: 'PV26', naam: 'Utrecht', aantal: 1 }]);
    const bad = await app.request('/api/v1/kennisitems?provincie=Utrecht&jaar=abc');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect((await bad.json()).invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['jaar', 'provincie']);
    const doc = await (await app.request('/api/v1/openapi.json')).json();
    expect(doc.paths['/kennisitems'].get.operationId).toBe('zoekKennisitems');
  });

  it('counts views per path and day on the server, without cookies', async () => {
    const before = await database.db.select({ views: s.pageViews.views }).from(s.pageViews).where(eq(s.pageViews.path, `/kennisbank/${news.slug}`));
    const res = await app.request(`/en/kennisbank/${news.slug}`);
    expect(res.headers.get('set-cookie')).toBeNull();
    await app.request('/kennisbank/bestaat-niet');
    const after = await database.db.select({ views: s.pageViews.views }).from(s.pageViews).where(eq(s.pageViews.path, `/kennisbank/${news.slug}`));
    expect((after[0]?.views ?? 0) - (before[0]?.views ?? 0)).toBe(1);
    expect(await database.db.select().from(s.pageViews).where(eq(s.pageViews.path, '/kennisbank/bestaat-niet'))).toEqual([]);
  });
});

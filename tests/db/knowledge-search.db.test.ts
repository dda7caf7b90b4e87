import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKnowledgeItems } from '../../src/services/knowledge/search-knowledge-items.ts';
import { listRelatedItems } from '../../src/services/knowledge/list-related-items.ts';
import { createItem, createProgramme } from '../helpers/knowledge-factory.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

const PAGE = { page: 1, pageSize: 10 };

describe.each(DATABASE_KINDS)('knowledge search on %s', (kind) => {
  let database: TestDatabase;
  let ids: Record<string, number>;
  const ctx = () => ({ db: database.db, actor: null });
  const search = (filter: Parameters<typeof searchKnowledgeItems>[1]['filter'], page = PAGE) => searchKnowledgeItems(ctx(), { filter, page });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const { programmeId, actionLineIds } = await createProgramme(database.db);
    const make = async (key: string, spec: Parameters<typeof createItem>[2]) => { ids[key] = (await createItem(database.db, programmeId, spec)).id; };
    ids = {};
    await make('titleHit', { title: 'Het samenwerkingsverband groeit', summary: 'Over groei.', body: 'Een tekst.', publishedOn: '2024-03-01',
      kind: 'publicatie', actionLines: [actionLineIds.AL1!], sectors: ['energie'], provinces: ['PV26'] });
    await make('bodyHit', { title: 'Jaarverslag', summary: 'Het jaar in het kort.', body: 'Ergens onderaan staat één samenwerkingsverband.', publishedOn: '2025-05-01',
      actionLines: [actionLineIds.AL2!], sectors: ['energie'], provinces: ['PV20'] });
    await make('twice', { title: 'Scholing in het mkb', summary: 'Een samenwerkingsverband en nog een samenwerkingsverband.', body: '<script>x</script> tekst', publishedOn: '2025-06-01',
      kind: 'goede_praktijk', actionLines: [actionLineIds.AL1!], sectors: ['htsm'], provinces: ['PV26'] });
    await make('other', { title: 'Warmtenetten in de klas', summary: 'Geen van de gezochte woorden.', publishedOn: '2023-02-01', provinces: ['PV26'] });
    await make('concept', { title: 'Concept over samenwerkingsverbanden', status: 'concept', publishedOn: '2025-01-01' });
    await make('scheduledLater', { title: 'Gepland samenwerkingsverband', status: 'gepland', publishAt: new Date(Date.now() + 86_400_000) });
    await make('scheduledPast', { title: 'Eerder gepland samenwerkingsverband', status: 'gepland', publishAt: new Date(Date.now() - 86_400_000), publishedOn: '2022-01-01' });
    await make('archived', { title: 'Gearchiveerd samenwerkingsverband', status: 'gearchiveerd' });
  });
  afterAll(() => database?.dispose());

  it('finds the singular through the plural by Dutch stemming', async () => {
    const result = await search({ q: 'samenwerkingsverbanden' });
    expect(result.items.map((i) => i.id).sort()).toEqual([ids.titleHit, ids.bodyHit, ids.twice, ids.scheduledPast].sort());
  });

  it('ranks a title hit above a summary hit above a hit deep in the body', async () => {
    const result = await search({ q: 'samenwerkingsverband' });
    const order = result.items.map((i) => i.id);
    expect(order.indexOf(ids.titleHit!)).toBeLessThan(order.indexOf(ids.twice!));
    expect(order.indexOf(ids.twice!)).toBeLessThan(order.indexOf(ids.bodyHit!));
    const ranks = result.items.map((i) => i.rank as number);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it('marks the hits in a snippet as parts, never as HTML', async () => {
    const result = await search({ q: 'samenwerkingsverbanden' });
    const hit = result.items.find((i) => i.id === ids.twice)!;
    expect(hit.snippet.filter((p) => p.isHit).map((p) => p.text.toLowerCase())).toContain('samenwerkingsverband');
    expect(hit.snippet.map((p) => p.text).join('')).not.toContain('\u0002');
  });

  it('counts facets among the matches and narrows by them', async () => {
    const result = await search({ q: 'samenwerkingsverband' });
    expect(result.facets.kind).toEqual(expect.arrayContaining([{ value: 'publicatie', count: 1 }, { value: 'nieuws', count: 2 }, { value: 'goede_praktijk', count: 1 }]));
    expect(result.facets.province.find((p) => p.value === 'PV26')?.count).toBe(2);
    expect(result.facets.sector.find((p) => p.value === 'energie')?.count).toBe(2);
    expect(result.facets.actionLine.find((p) => p.value === 'AL1')?.count).toBe(2);
    expect(result.facets.year).toEqual(expect.arrayContaining([{ value: 2025, count: 2 }, { value: 2024, count: 1 }, { value: 2022, count: 1 }]));
    const narrowed = await search({ q: 'samenwerkingsverband', province: 'PV26', actionLine: 'AL1', year: 2025 });
    expect(narrowed.items.map((i) => i.id)).toEqual([ids.twice]);
    expect((await search({ sector: 'energie' })).total).toBe(2);
    expect((await search({ kind: 'goede_praktijk' })).items.map((i) => i.id)).toEqual([ids.twice]);
  });

  it('gives an empty result for a word in no item, and for stop words only', async () => {
    for (const q of ['fietsenmaker', 'de het een']) {
      const result = await search({ q });
      expect(result.total).toBe(0);
      expect(result.items).toEqual([]);
      expect(result.facets.kind).toEqual([]);
    }
  });

  it('lists public items newest first without words, in pages', async () => {
    const first = await search({}, { page: 1, pageSize: 2 });
    const second = await search({}, { page: 2, pageSize: 2 });
    expect(first.total).toBe(5);
    expect(first.items.map((i) => i.id)).toEqual([ids.twice, ids.bodyHit]);
    expect(second.items.map((i) => i.id)).toEqual([ids.titleHit, ids.other]);
  });

  it('relates items by shared tags, most shared first', async () => {
    const related = await listRelatedItems(ctx(), { itemId: ids.titleHit! });
    expect(related.map((i) => i.id)).toEqual([ids.twice, ids.bodyHit, ids.other]);
  });
});

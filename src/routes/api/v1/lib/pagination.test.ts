import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { pageBody, sortQuery } from './pagination.ts';
import { issueReason } from '../../../../errors.ts';
import { errorText } from '../../../../i18n/errors.ts';

async function envelope(url: string, total: number) {
  const app = new Hono();
  app.get('/api/v1/dingen', (c) => {
    const pagina = Number(c.req.query('pagina') ?? 1);
    const paginaGrootte = Number(c.req.query('paginaGrootte') ?? 10);
    const items = Array.from({ length: Math.max(0, Math.min(paginaGrootte, total - (pagina - 1) * paginaGrootte)) }, (_, i) => i);
    return c.json(pageBody(c, 'dingen', { pagina, paginaGrootte }, { items, total }, (i) => ({ nr: i })));
  });
  return (await app.request(url)).json();
}

describe('pageBody', () => {
  it('links first, prev, next and last while keeping the other query keys', async () => {
    const body = await envelope('/api/v1/dingen?soort=a&pagina=2&paginaGrootte=10', 35);
    expect(body._links).toEqual({
      self: { href: '/api/v1/dingen?soort=a&pagina=2&paginaGrootte=10' },
      first: { href: '/api/v1/dingen?soort=a&pagina=1&paginaGrootte=10' },
      prev: { href: '/api/v1/dingen?soort=a&pagina=1&paginaGrootte=10' },
      next: { href: '/api/v1/dingen?soort=a&pagina=3&paginaGrootte=10' },
      last: { href: '/api/v1/dingen?soort=a&pagina=4&paginaGrootte=10' },
    });
    expect(body).toMatchObject({ totaal: 35, pagina: 2, paginaGrootte: 10, aantalPaginas: 4 });
  });

  it('beyond the last page: empty, no next, prev points at the last page', async () => {
    const body = await envelope('/api/v1/dingen?pagina=9', 35);
    expect(body._embedded.dingen).toEqual([]);
    expect(body._links.next).toBeUndefined();
    expect(body._links.prev.href).toBe('/api/v1/dingen?pagina=4');
  });

  it('an empty collection has one (empty) page to link to', async () => {
    const body = await envelope('/api/v1/dingen', 0);
    expect(body).toMatchObject({ totaal: 0, aantalPaginas: 0, _embedded: { dingen: [] } });
    expect(body._links.last.href).toBe('/api/v1/dingen?pagina=1');
    expect(body._links.prev).toBeUndefined();
  });
});

describe('sortQuery', () => {
  const sort = sortQuery({ naam: 'name', aantalPps: 'ppsCount' }, 'naam');

  it('maps API field names to service keys, a minus meaning descending', () => {
    expect(sort.parse('-aantalPps,naam')).toEqual([{ key: 'ppsCount', descending: true }, { key: 'name', descending: false }]);
    expect(sort.parse(undefined)).toEqual([{ key: 'name', descending: false }]);
  });

  it('refuses unknown fields, empty parts and English names with one Dutch reason', () => {
    for (const bad of ['email', 'naam,', '-', 'name', 'naam;drop']) {
      const result = sort.safeParse(bad);
      expect(result.success, bad).toBe(false);
      const { reason, values } = issueReason(result.error!.issues[0]!);
      expect(errorText('nl', reason, values)).toContain('Sorteer op naam, aantalPps');
    }
  });
});

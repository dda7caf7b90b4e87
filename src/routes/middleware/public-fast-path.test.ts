import { Hono } from 'hono';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { publicFastPath } from './public-fast-path.ts';
import { responseCache, type Entry } from './response-cache.ts';

// The fast path in front, a chain that adds a header (as secureHeaders does), the response cache, and a page.
function appWith() {
  const state = { generation: 1, chain: 0, rendered: 0, hits: [] as string[] };
  const entries = new Map<string, Entry>();
  const generation = async () => state.generation;
  const app = new Hono();
  app.use('*', publicFastPath({ entries, seconds: 60, generation, personalCookies: ['pps_sessie'], onHit: (p) => state.hits.push(p), now: () => 0 }));
  app.use('*', async (c, next) => { state.chain++; await next(); c.res.headers.set('X-Frame-Options', 'SAMEORIGIN'); });
  app.use('/page', responseCache({ seconds: 60, generation, entries, now: () => 0 }));
  app.get('/page', (c) => { state.rendered++; return c.text(`generatie ${state.generation} ${'x'.repeat(2000)}`); });
  return { app, state };
}
const BR = { 'Accept-Encoding': 'br' };

describe('publicFastPath', () => {
  it('answers the third anonymous GET without the chain, with the same headers and bytes as the cached answer', async () => {
    const { app, state } = appWith();
    await app.request('/page', { headers: BR });
    const viaChain = await app.request('/page', { headers: BR });
    expect(state).toMatchObject({ chain: 2, rendered: 1 });
    const fast = await app.request('/page', { headers: BR });
    expect(state).toMatchObject({ chain: 2, rendered: 1, hits: ['/page'] });
    const without = (h: Headers) => { const all: [string, string][] = []; h.forEach((v, k) => { if (k !== 'date') all.push([k, v]); }); return all; };
    expect(without(fast.headers)).toEqual(without(viaChain.headers));
    expect(fast.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const [a, b] = [Buffer.from(await viaChain.arrayBuffer()), Buffer.from(await fast.arrayBuffer())];
    expect(b.equals(a)).toBe(true);
    expect(brotliDecompressSync(b).toString()).toMatch(/^generatie 1 /);
  });

  it('revalidates with a 304 and no body', async () => {
    const { app, state } = appWith();
    await app.request('/page');
    const etag = (await app.request('/page')).headers.get('etag') ?? '';
    const res = await app.request('/page', { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
    expect(res.headers.get('content-type')).toBeNull();
    expect(state.chain).toBe(2);
  });

  it('sends a request with a session cookie, and any after a data change, down the whole chain', async () => {
    const { app, state } = appWith();
    await app.request('/page');
    await app.request('/page');
    await app.request('/page', { headers: { Cookie: 'pps_sessie=abc' } });
    expect(state.chain).toBe(3);
    state.generation = 2;
    expect(await (await app.request('/page')).text()).toMatch(/^generatie 2 /);
    expect(state).toMatchObject({ chain: 4, rendered: 2 });
  });

  it('leaves an encoding not yet stored to the chain, which compresses it once', async () => {
    const { app, state } = appWith();
    await app.request('/page');
    await app.request('/page');
    await app.request('/page', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(state.chain).toBe(3);
    await app.request('/page', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(state.chain).toBe(3);
  });
});

import { Hono } from 'hono';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { responseCache } from './response-cache.ts';

function appWith(options: { seconds?: number; maxBytes?: number } = {}) {
  const state = { generation: 1, clock: 0, calls: 0 };
  const app = new Hono();
  app.use('*', responseCache({ seconds: options.seconds ?? 60, maxBytes: options.maxBytes, generation: async () => state.generation, now: () => state.clock }));
  app.get('/data/:n', (c) => { state.calls++; return c.text(`${c.req.param('n')}:${state.generation}:${'x'.repeat(100)}`); });
  app.get('/missing', (c) => { state.calls++; return c.text('nee', 404); });
  app.get('/cookie', (c) => { state.calls++; c.header('Set-Cookie', 'a=b'); return c.text('ja'); });
  return { app, state };
}

describe('responseCache', () => {
  it('answers a repeated GET from the cache until the data generation moves', async () => {
    const { app, state } = appWith();
    expect(await (await app.request('/data/1')).text()).toMatch(/^1:1:/);
    const again = await app.request('/data/1');
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(state.calls).toBe(1);
    state.generation = 2;
    expect(await (await app.request('/data/1')).text()).toMatch(/^1:2:/);
    expect(state.calls).toBe(2);
  });

  it('recomputes after the time limit, and keeps nothing when the limit is 0', async () => {
    const { app, state } = appWith();
    await app.request('/data/1');
    state.clock = 59_999;
    await app.request('/data/1');
    expect(state.calls).toBe(1);
    state.clock = 60_000;
    await app.request('/data/1');
    expect(state.calls).toBe(2);
    const off = appWith({ seconds: 0 });
    await off.app.request('/data/1');
    await off.app.request('/data/1');
    expect(off.state.calls).toBe(2);
  });

  it('keeps only successful answers without cookies, and only for GET', async () => {
    const { app, state } = appWith();
    for (let i = 0; i < 2; i++) {
      await app.request('/missing');
      await app.request('/cookie');
      await app.request('/data/1', { method: 'POST' });
    }
    expect(state.calls).toBe(4);
  });

  it('lets the least recently used answers go when it is full', async () => {
    const { app, state } = appWith({ maxBytes: 300 }); // room for two answers of about 106 bytes
    for (const n of [1, 2, 3]) await app.request(`/data/${n}`);
    await app.request('/data/3');
    expect(state.calls).toBe(3);
    await app.request('/data/1');
    expect(state.calls).toBe(4);
    await app.request('/data/3');
    expect(state.calls).toBe(4);
    await app.request('/data/2');
    expect(state.calls).toBe(5);
  });
});

describe('responseCache with compression', () => {
  it('keeps each encoding once, byte-identical when decompressed, and answers a matching ETag with 304', async () => {
    const { app, state } = appWith();
    const plain = await (await app.request('/data/7')).text();
    for (const [encoding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      const res = await app.request('/data/7', { headers: { 'Accept-Encoding': `${encoding}` } });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toContain('Accept-Encoding');
      expect(decode(Buffer.from(await res.arrayBuffer())).toString()).toBe(plain);
      const revalidated = await app.request('/data/7', { headers: { 'Accept-Encoding': encoding, 'If-None-Match': res.headers.get('etag') as string } });
      expect(revalidated.status).toBe(304);
      expect(await revalidated.text()).toBe('');
    }
    expect(state.calls).toBe(1);
  });
});

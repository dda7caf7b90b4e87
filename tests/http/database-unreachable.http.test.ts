import { afterAll, describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { openPglite, type Db } from '../../src/db/client.ts';
import * as schema from '../../src/db/schema/index.ts';
import { createTestApp } from '../helpers/test-app.ts';

// The database gone: a clear 503 page and problem+json with Retry-After, never a 500.
describe('database unreachable', () => {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => { for (const close of closers) await close().catch(() => {}); });

  const expect503 = async (app: ReturnType<typeof createTestApp>) => {
    const page = await app.request('/consortia');
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('30');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toContain('De database is even niet bereikbaar');
    const api = await app.request('/api/v1/consortia');
    expect(api.status).toBe(503);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
    expect((await app.request('/en/consortia')).status).toBe(503);
  };

  it('answers 503 when the embedded database has been closed', async () => {
    const database = await openPglite('memory');
    await database.close();
    await expect503(createTestApp(database.db));
  });

  it('answers 503 when the PostgreSQL server does not answer', async () => {
    // Port 9 (discard) on this machine: nothing listens, so the connection is refused at once.
    // The same driver as in production, opened without the start-up check (which would refuse to start).
    const client = postgres('postgres://postgres@127.0.0.1:9/none', { max: 1, connect_timeout: 2, onnotice: () => {} });
    closers.push(() => client.end({ timeout: 1 }));
    await expect503(createTestApp(drizzle(client, { schema }) as unknown as Db));
  });
});

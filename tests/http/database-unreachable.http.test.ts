import { randomBytes } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { openPostgres, type Db } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import * as schema from '../../src/db/schema/index.ts';
import { makeProgramme } from '../helpers/portal-factory.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase } from '../helpers/test-db.ts';

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
    // A copy of the migrated template (cheaper than initdb), closed: dispose would close it again.
    const database = await createTestDatabase('pglite');
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

  // The connection to PostgreSQL runs through a small TCP relay that the test takes down and brings back.
  it.runIf(process.env.TEST_DATABASE_URL)('recovers by itself when PostgreSQL comes back', async () => {
    const adminUrl = new URL(process.env.TEST_DATABASE_URL as string);
    const name = `pps_recovery_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
    closers.push(async () => { await admin.unsafe(`drop database if exists ${name} with (force)`); await admin.end({ timeout: 5 }); });
    await admin.unsafe(`create database ${name}`);
    const direct = new URL(adminUrl);
    direct.pathname = `/${name}`;
    const setup = await openPostgres(direct.toString());
    await migrateDatabase(setup);
    await makeProgramme(setup.db);
    await setup.close();
    const relay = await startRelay(adminUrl.hostname, Number(adminUrl.port || 5432));
    closers.push(() => relay.close());
    const viaRelay = new URL(direct);
    viaRelay.host = `127.0.0.1:${relay.port}`;
    const database = await openPostgres(viaRelay.toString(), { max: 2 });
    closers.push(() => database.close());
    const app = createTestApp(database.db);
    expect((await app.request('/api/v1/consortia')).status).toBe(200);
    await relay.down();
    await expect503(app);
    await relay.up();
    expect((await app.request('/api/v1/consortia')).status).toBe(200);
    expect((await app.request('/consortia')).status).toBe(200);
  });
});

/** A TCP relay to PostgreSQL on a fixed local port: `down` cuts every connection and refuses new ones, `up` listens again. */
async function startRelay(host: string, port: number) {
  const sockets = new Set<Socket>();
  let server: Server;
  const listen = (at: number) => new Promise<number>((resolve) => {
    server = createServer((client) => {
      const upstream = connect(port, host);
      for (const s of [client, upstream]) { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => {}); }
      client.pipe(upstream).pipe(client);
    });
    server.listen(at, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
  const relayPort = await listen(0);
  const down = () => new Promise<void>((resolve) => { server.close(() => resolve()); for (const s of sockets) s.destroy(); });
  return { port: relayPort, down, up: async () => { await listen(relayPort); }, close: () => down().catch(() => {}) };
}


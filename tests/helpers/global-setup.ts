import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext { pgliteTemplate: string; postgresTemplate: string }
}

// Starting PGlite (initdb in WebAssembly) and migrating costs seconds per database: do it once, and let each
// test database start from a copy of the migrated data folder. Every test file still gets its own database.
// On PostgreSQL likewise: one migrated template database, copied by `create database ... template`.
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'pps-test-template-'));
  const database = await openPglite('memory');
  await migrateDatabase(database);
  const client = (database.db as unknown as { $client: { dumpDataDir: (c: 'none') => Promise<Blob> } }).$client;
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);
  const dropTemplate = await createPostgresTemplate(project);
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    await dropTemplate();
  };
}

/** A migrated PostgreSQL database that test databases copy; no connection may stay open to it. */
async function createPostgresTemplate(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return async () => {};
  const name = `pps_template_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), { max: 1 });
  await migrateDatabase(database);
  await database.close();
  project.provide('postgresTemplate', name);
  return async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  };
}

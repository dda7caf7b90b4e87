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
// The projects of vitest.config.ts each run this set-up; they share one pair of templates per run.
type Templates = { pglite: string; postgres: string | undefined; users: number; teardown: () => Promise<void> };
const shared = globalThis as typeof globalThis & { ppsTestTemplates?: Promise<Templates> };

export default async function setup(project: TestProject) {
  const templates = await (shared.ppsTestTemplates ??= createTemplates());
  templates.users += 1;
  project.provide('pgliteTemplate', templates.pglite);
  if (templates.postgres) project.provide('postgresTemplate', templates.postgres);
  return async () => {
    templates.users -= 1;
    if (templates.users > 0) return;
    shared.ppsTestTemplates = undefined;
    await templates.teardown();
  };
}

async function createTemplates(): Promise<Templates> {
  const dir = mkdtempSync(join(tmpdir(), 'pps-test-template-'));
  const database = await openPglite('memory');
  await migrateDatabase(database);
  const client = (database.db as unknown as { $client: { dumpDataDir: (c: 'none') => Promise<Blob> } }).$client;
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer()));
  await database.close();
  const postgresTemplate = await createPostgresTemplate();
  return {
    pglite: file, postgres: postgresTemplate?.name, users: 0,
    teardown: async () => {
      rmSync(dir, { recursive: true, force: true });
      await postgresTemplate?.drop();
    },
  };
}

/** A migrated PostgreSQL database that test databases copy; no connection may stay open to it. */
async function createPostgresTemplate(): Promise<{ name: string; drop: () => Promise<void> } | undefined> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return undefined;
  const name = `pps_template_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), { max: 1 });
  await migrateDatabase(database);
  await database.close();
  return {
    name,
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

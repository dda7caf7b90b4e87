import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openPglite, openPostgres, pgliteDatabase, type Database } from '../../src/db/client.ts';
import * as schema from '../../src/db/schema/index.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { generateDemo } from '../../src/seed/generate-demo.ts';
import { loadDemo } from '../../src/seed/load-demo.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL points at a server. */
export const DATABASE_KINDS: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export type TestDatabase = Database & { dispose: () => Promise<void> };

/** A fresh, migrated database of its own for one test file: PGlite in memory or a new PostgreSQL database. */
export async function createTestDatabase(kind: DatabaseKind, options: { demo?: boolean } = {}): Promise<TestDatabase> {
  let database: Database;
  let drop = async () => {};
  let migrated = false;
  if (kind === 'pglite') {
    const template = pgliteTemplate();
    database = template ? await openPgliteCopy(template) : await openPglite('memory');
    migrated = template !== undefined;
  } else {
    const adminUrl = process.env.TEST_DATABASE_URL as string;
    const name = `pps_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    // A copy of the migrated template database of global set-up, when there is one (cheaper than migrating).
    const template = inject('postgresTemplate');
    await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
    migrated = template !== undefined;
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = await openPostgres(url.toString(), { max: 4 });
    drop = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    };
  }
  if (!migrated) await migrateDatabase(database);
  if (options.demo) await loadDemo(database.db, generateDemo());
  return {
    ...database,
    dispose: async () => {
      await database.close();
      await drop();
    },
  };
}

/** The migrated data folder made once by tests/helpers/global-setup.ts (absent when run without it). */
function pgliteTemplate(): Blob | undefined {
  const file = inject('pgliteTemplate');
  return file ? new Blob([readFileSync(file)]) : undefined;
}

/** A PGlite data folder of its own for a server the test starts, migrated (from the template when there is one, no initdb). */
export async function createPgliteFolder(prefix = 'pps-test-'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const template = pgliteTemplate();
  if (template) {
    const client = new PGlite(dir, { loadDataDir: template });
    await client.waitReady;
    await pgliteDatabase(client, 'template copy').close();
  } else {
    const database = await openPglite(dir);
    await migrateDatabase(database);
    await database.close();
  }
  return dir;
}

/** A PGlite in memory started from a copy of the migrated template: its own database, no initdb, no migrations. */
async function openPgliteCopy(template: Blob): Promise<Database> {
  const client = new PGlite({ loadDataDir: template });
  await client.waitReady;
  return pgliteDatabase(client, 'PGlite (in memory, from the test template)');
}

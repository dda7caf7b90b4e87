import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openPglite, openPostgres, type Database } from '../../src/db/client.ts';
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
  if (kind === 'pglite') {
    database = await openPglite('memory');
  } else {
    const adminUrl = process.env.TEST_DATABASE_URL as string;
    const name = `pps_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = await openPostgres(url.toString(), { max: 4 });
    drop = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    };
  }
  await migrateDatabase(database);
  if (options.demo) await loadDemo(database.db, generateDemo());
  return {
    ...database,
    dispose: async () => {
      await database.close();
      await drop();
    },
  };
}

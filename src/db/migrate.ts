import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { StartupError } from '../errors.ts';
import type { Database } from './client.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

// Any number, fixed: instances starting together take turns at migrating.
const MIGRATION_LOCK = 727_100_001;

/** Applies the committed migrations; drizzle runs them in one transaction, so a failure leaves nothing half-done. */
export async function migrateDatabase(database: Database, options: { migrationsFolder?: string } = {}): Promise<void> {
  const { db } = database;
  const migrationsFolder = options.migrationsFolder ?? MIGRATIONS_FOLDER;
  try {
    if (database.kind === 'postgres' && database.url) {
      // Session-level lock: it needs one dedicated connection, not a pool.
      const client = postgres(database.url, { max: 1, onnotice: () => {} });
      try {
        await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
        await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
      } finally {
        await client.end({ timeout: 5 });
      }
    } else {
      await migratePglite(db as never, { migrationsFolder });
    }
  } catch (error) {
    const cause = (error as { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new StartupError(
      `Migration failed and was rolled back (${cause.split('\n')[0]}): fix the migration or the database, then run "npm run migrate" again`,
    );
  }
}

import { accessSync, constants, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { StartupError } from '../errors.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Loads text-format COPY data (tab-separated, \\N for null) into one table, inside a bulk transaction. */
export type CopyInto = (table: string, columns: string[], text: string) => Promise<void>;

export type Database = {
  db: Db;
  /** One transaction of COPY loads, for generating large datasets (the scale generator): all of it or nothing. */
  bulkLoad: (load: (copy: CopyInto) => Promise<void>) => Promise<void>;
  kind: 'pglite' | 'postgres';
  /** Connection URL of a PostgreSQL server (not for PGlite). */
  url?: string;
  /** Where the data lives, for the start-up log line (no password). */
  description: string;
  close: () => Promise<void>;
};

function ensureWritableDir(dir: string): string {
  const path = resolve(dir);
  try {
    mkdirSync(path, { recursive: true });
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new StartupError(
      `DATA_DIR ${path} is not readable and writable (${code}): choose another folder with DATA_DIR=... or fix its permissions`,
    );
  }
  return path;
}

/** Embedded PostgreSQL (PGlite); `memory` gives a throwaway database for tests. */
export async function openPglite(dataDir: string | 'memory'): Promise<Database> {
  const path = dataDir === 'memory' ? undefined : ensureWritableDir(dataDir);
  const client = new PGlite(path);
  await client.waitReady;
  return pgliteDatabase(client, path ? `PGlite (embedded) in ${path}` : 'PGlite (in memory)');
}

/** A started PGlite client as a Database (also for tests that start PGlite from a saved data folder). */
export function pgliteDatabase(client: PGlite, description: string): Database {
  return {
    db: drizzlePglite({ client, schema }) as unknown as Db,
    bulkLoad: (load) => client.transaction(async (tx) => {
      await load(async (table, columns, text) => {
        await tx.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob'`, [], { blob: new Blob([text]) });
      });
    }),
    kind: 'pglite',
    description,
    close: () => client.close(),
  };
}

/**
 * Subscribes to a NOTIFY channel when the database runs in this process (PGlite), where a notification reaches its
 * listener before the committing query returns; null for a server, whose notifications arrive on another connection
 * some time after the commit.
 */
export function listenInProcess(db: Db): ((channel: string, onPayload: (payload: string) => void) => Promise<unknown>) | null {
  const client = (db as { $client?: unknown }).$client;
  return client instanceof PGlite ? (channel, onPayload) => client.listen(channel, onPayload) : null;
}

function redact(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {}, connect_timeout: 5 });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    const reason = (error as Error).message;
    throw new StartupError(
      `Cannot connect to PostgreSQL at ${redact(url)} (${reason}): check DATABASE_URL, or unset it to use the embedded database`,
    );
  }
  return {
    db: drizzlePostgres({ client, schema }) as unknown as Db,
    bulkLoad: async (load) => {
      await client.begin(async (tx) => {
        await load(async (table, columns, text) => {
          const stream = await tx.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`).writable();
          await pipeline(Readable.from([text]), stream);
          // The stream may finish before the server has checked the rows: a query here surfaces a refused COPY.
          await tx`select 1`;
        });
      });
    },
    kind: 'postgres',
    url,
    description: `PostgreSQL at ${redact(url)}`,
    close: () => client.end({ timeout: 5 }),
  };
}

export function openDatabase(config: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}

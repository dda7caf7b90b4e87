import { createHash } from 'node:crypto';
import { asc, getTableColumns, getTableName, sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { tablesInDependencyOrder } from './backup-tables.ts';

export const BACKUP_FORMAT = 'pps-monitor-backup';
export const BACKUP_VERSION = 1;

export type BackupTable = { name: string; rows: Record<string, unknown>[] };
export type Backup = {
  format: typeof BACKUP_FORMAT; version: number; createdAt: string; lastMigration: string | null;
  counts: Record<string, number>; checksum: string; tables: BackupTable[];
};

/** SHA-256 over the table contents, so a restore can tell a damaged or edited file. */
export function checksumOf(tables: BackupTable[]): string {
  return createHash('sha256').update(JSON.stringify(tables)).digest('hex');
}

async function lastMigration(db: Db): Promise<string | null> {
  try {
    const result = await db.execute(sql`select hash from drizzle.__drizzle_migrations order by created_at desc limit 1`);
    const rows = (result as unknown as { rows?: { hash: string }[] }).rows ?? (result as unknown as { hash: string }[]);
    return rows[0]?.hash ?? null;
  } catch {
    return null;
  }
}

/** The whole database, non-public data and the audit log included, as one JSON document (rows in key order). */
export async function createBackup(db: Db, now = new Date()): Promise<Backup> {
  const tables: BackupTable[] = [];
  for (const table of tablesInDependencyOrder()) {
    const columns = getTableColumns(table);
    const config = getTableConfig(table);
    const keys = config.primaryKeys[0]?.columns ?? Object.values(columns).filter((c) => c.primary);
    const order = (keys.length ? keys : Object.values(columns)).map((c) => asc(c));
    const rows = await db.select(columns).from(table).orderBy(...order);
    tables.push({ name: getTableName(table), rows: JSON.parse(JSON.stringify(rows)) });
  }
  return {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), lastMigration: await lastMigration(db),
    counts: Object.fromEntries(tables.map((t) => [t.name, t.rows.length])), checksum: checksumOf(tables), tables,
  };
}

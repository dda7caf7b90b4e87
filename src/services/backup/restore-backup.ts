import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { Invalid } from '../../errors.ts';
import { toFieldProblems } from '../parse-input.ts';
import { tablesInDependencyOrder } from './backup-tables.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, checksumOf, type Backup } from './create-backup.ts';

const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT, { message: 'backupNotOurs' }),
  version: z.literal(BACKUP_VERSION, { message: `Deze back-up heeft een andere versie; verwacht versie ${BACKUP_VERSION}.` }),
  checksum: z.string(),
  tables: z.array(z.object({ name: z.string(), rows: z.array(z.record(z.string(), z.unknown())) })),
});

const SERIAL_TYPES = new Set(['PgSerial', 'PgBigSerial53', 'PgBigSerial64']);
const CHUNK = 500;

function rowsOf(result: unknown): Record<string, unknown>[] {
  return (result as { rows?: Record<string, unknown>[] }).rows ?? (result as Record<string, unknown>[]);
}

/** Restores a backup into an EMPTY migrated database, all tables in one transaction; sequences continue after the data. */
export async function restoreBackup(db: Db, input: unknown): Promise<Record<string, number>> {
  const parsed = BackupFile.safeParse(input);
  // The format check's own code (backupNotOurs) says more than 'unreadable'.
  if (!parsed.success) throw new Invalid(parsed.error.issues[0]?.message === 'backupNotOurs' ? 'backupNotOurs' : 'backupUnreadable', toFieldProblems(parsed.error));
  const backup = parsed.data as Pick<Backup, 'tables' | 'checksum'>;
  if (checksumOf(backup.tables) !== backup.checksum) throw new Invalid('backupChecksum');
  const tables = tablesInDependencyOrder();
  const byName = new Map(backup.tables.map((t) => [t.name, t.rows]));
  for (const name of byName.keys()) if (!tables.some((t) => getTableName(t) === name)) throw new Invalid('backupUnknownTable', [], { table: name });
  await db.transaction(async (tx) => {
    for (const table of tables) {
      const [count] = rowsOf(await tx.execute(sql`select count(*)::int as n from ${table}`));
      if (Number(count?.n) > 0) throw new Invalid('backupNotEmpty', [], { table: getTableName(table) });
    }
    for (const table of tables) {
      const columns = getTableColumns(table);
      const dateKeys = Object.entries(columns).filter(([, c]) => c.columnType === 'PgTimestamp').map(([k]) => k);
      const rows = (byName.get(getTableName(table)) ?? []).map((row) => {
        const copy = { ...row };
        for (const key of dateKeys) if (typeof copy[key] === 'string') copy[key] = new Date(copy[key] as string);
        return copy;
      });
      for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(table).values(rows.slice(i, i + CHUNK) as never);
      for (const column of Object.values(columns).filter((c) => SERIAL_TYPES.has(c.columnType))) {
        await tx.execute(sql`select setval(pg_get_serial_sequence(${getTableName(table)}, ${column.name}), coalesce((select max(${sql.identifier(column.name)}) from ${table}), 1), (select count(*) > 0 from ${table}))`);
      }
    }
  });
  return Object.fromEntries(backup.tables.map((t) => [t.name, t.rows.length]));
}

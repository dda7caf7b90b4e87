import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../context.ts';

/**
 * A number that moves whenever a write is committed: a trigger on the audit log bumps the one row of
 * data_generation in the same transaction as the audited change (migration 0004, ADR 011). One primary-key
 * read, whatever the size of the log; the table is outside the Drizzle schema, hence plain SQL.
 */
export async function getDataGeneration({ db }: ServiceContext): Promise<number> {
  const rows = await db.execute<{ value: string | number }>(sql`select value from data_generation where id = 1`);
  const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { value: string | number }[] }).rows);
  return Number(list[0]?.value ?? 0);
}

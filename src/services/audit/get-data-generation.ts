import { count } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';

/**
 * A number that changes whenever a write is committed: every use-case that changes data adds an audit row
 * in its own transaction, and the log is append-only. A count, not max(id): ids are drawn before commit,
 * so a later id can become visible before an earlier one.
 */
export async function getDataGeneration({ db }: ServiceContext): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog);
  return row?.n ?? 0;
}

import { listenInProcess } from '../../db/client.ts';
import type { ServiceContext } from '../context.ts';
import { getDataGeneration } from './get-data-generation.ts';

/**
 * The data generation kept in memory, where the database is embedded: the one process that owns it hears each
 * move by NOTIFY at commit (migration 0012) before the write returns, so no request reads the counter. Null on a
 * PostgreSQL server, where another instance's commit would be heard only some time after it: there the counter is read.
 */
export async function followDataGeneration(ctx: ServiceContext): Promise<(() => number) | null> {
  const listen = listenInProcess(ctx.db);
  if (!listen) return null;
  let value = 0;
  // Listening before the first read, so no move falls between the two; a notification never moves it back.
  await listen('data_generation', (payload) => {
    value = Math.max(value, Number(payload));
  });
  value = Math.max(value, await getDataGeneration(ctx));
  return () => value;
}

import { asc } from 'drizzle-orm';
import { actionLines } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';

/** Ids and codes of every action line, to show stored cells by code. */
export async function listActionLineCodes(ctx: ServiceContext): Promise<{ id: number; code: string }[]> {
  return ctx.db.select({ id: actionLines.id, code: actionLines.code }).from(actionLines).orderBy(asc(actionLines.id));
}

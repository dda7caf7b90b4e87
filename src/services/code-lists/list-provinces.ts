import { asc } from 'drizzle-orm';
import { provinces } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';

export type ProvinceSummary = { code: string; name: string };

/** The twelve provinces with their CBS codes, north to south as CBS numbers them. */
export async function listProvinces(ctx: ServiceContext): Promise<ProvinceSummary[]> {
  return ctx.db.select({ code: provinces.code, name: provinces.name }).from(provinces).orderBy(asc(provinces.position));
}

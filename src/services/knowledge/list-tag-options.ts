import { asc, inArray } from 'drizzle-orm';
import { consortia, pps } from '../../db/schema/index.ts';
import { coordinatedConsortia, hasRole, requireActor } from '../authorize.ts';
import { listActionLines } from '../action-lines/list-action-lines.ts';
import { listProvinces } from '../code-lists/list-provinces.ts';
import { listSectors } from '../code-lists/list-sectors.ts';
import type { ServiceContext } from '../context.ts';

/** What an item can be tagged with, for the office's form. */
export async function listTagOptions(ctx: ServiceContext) {
  requireActor(ctx);
  const [actionLines, sectors, provinces, consortiumRows] = await Promise.all([
    listActionLines(ctx), listSectors(ctx), listProvinces(ctx),
    ctx.db.select({ id: consortia.id, name: consortia.name }).from(consortia).orderBy(asc(consortia.name)),
  ]);
  return { actionLines, sectors, provinces, consortia: consortiumRows };
}
export type TagOptions = Awaited<ReturnType<typeof listTagOptions>>;

/** The pps'en a coordinator may propose a good practice for: those of their own consortia (all for the office). */
export async function listProposablePps(ctx: ServiceContext): Promise<{ id: number; name: string }[]> {
  const actor = requireActor(ctx);
  const scope = hasRole(actor, 'programmabureau') ? null : coordinatedConsortia(actor);
  if (scope && !scope.length) return [];
  return ctx.db.select({ id: pps.id, name: pps.name }).from(pps)
    .where(scope ? inArray(pps.consortiumId, scope) : undefined).orderBy(asc(pps.name));
}

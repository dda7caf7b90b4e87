import { asc, inArray } from 'drizzle-orm';
import { consortia } from '../../db/schema/index.ts';
import { coordinatedConsortia, requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export type MyConsortium = { id: number; slug: string; name: string };

/** The consortia the signed-in coordinator is attached to (empty for other roles). */
export async function listMyConsortia(ctx: ServiceContext): Promise<MyConsortium[]> {
  const ids = coordinatedConsortia(requireActor(ctx));
  if (!ids.length) return [];
  return ctx.db.select({ id: consortia.id, slug: consortia.slug, name: consortia.name }).from(consortia).where(inArray(consortia.id, ids)).orderBy(asc(consortia.name));
}

/** All consortia as choices for a form (office only: invitations of coordinators). */
export async function listConsortiumChoices(ctx: ServiceContext): Promise<MyConsortium[]> {
  requireActor(ctx);
  return ctx.db.select({ id: consortia.id, slug: consortia.slug, name: consortia.name }).from(consortia).orderBy(asc(consortia.name));
}

import { and, desc, eq, inArray } from 'drizzle-orm';
import { changeRequests, consortia } from '../../db/schema/index.ts';
import { coordinatedConsortia, hasRole, requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export type ChangeRequestRow = {
  id: number; consortiumId: number; consortiumName: string; status: 'ingediend' | 'goedgekeurd' | 'afgewezen';
  motivation: string; proposed: unknown; submittedAt: Date; decidedAt: Date | null; decisionNote: string; version: number;
};

/** Change requests the actor may see: all for the office, their own consortia's for a coordinator; newest first. */
export async function listChangeRequests(ctx: ServiceContext, filter: { consortiumId?: number; status?: ChangeRequestRow['status'] } = {}): Promise<ChangeRequestRow[]> {
  const actor = requireActor(ctx);
  const scope = hasRole(actor, 'programmabureau') ? null : coordinatedConsortia(actor);
  if (scope && scope.length === 0) return [];
  return ctx.db.select({
    id: changeRequests.id, consortiumId: changeRequests.consortiumId, consortiumName: consortia.name, status: changeRequests.status,
    motivation: changeRequests.motivation, proposed: changeRequests.proposed, submittedAt: changeRequests.submittedAt,
    decidedAt: changeRequests.decidedAt, decisionNote: changeRequests.decisionNote, version: changeRequests.version,
  }).from(changeRequests).innerJoin(consortia, eq(consortia.id, changeRequests.consortiumId))
    .where(and(
      scope ? inArray(changeRequests.consortiumId, scope) : undefined,
      filter.consortiumId ? eq(changeRequests.consortiumId, filter.consortiumId) : undefined,
      filter.status ? eq(changeRequests.status, filter.status) : undefined,
    ))
    .orderBy(desc(changeRequests.submittedAt), desc(changeRequests.id));
}

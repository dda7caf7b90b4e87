import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { assessorAssignments } from '../../db/schema/index.ts';
import { Forbidden, NotFound } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import type { Actor, ServiceContext } from '../context.ts';

export type Assignment = { id: number; applicationId: number; assessorUserId: number; dueOn: string; status: string; version: number };

/** The assessor's own assignment; anyone else's (or one declined for a conflict) is not theirs to see. */
export async function requireOwnAssignment(ctx: ServiceContext, assignmentId: number, db: Db | Tx = ctx.db): Promise<{ actor: Actor; assignment: Assignment }> {
  const actor = requireRole(ctx, 'beoordelaar');
  const [assignment] = await db
    .select({ id: assessorAssignments.id, applicationId: assessorAssignments.applicationId, assessorUserId: assessorAssignments.assessorUserId,
      dueOn: assessorAssignments.dueOn, status: assessorAssignments.status, version: assessorAssignments.version })
    .from(assessorAssignments)
    .where(eq(assessorAssignments.id, assignmentId));
  if (!assignment || assignment.assessorUserId !== actor.userId) throw new NotFound('assessmentNotFound');
  if (assignment.status === 'conflict') throw new Forbidden('assessmentConflictDeclared');
  return { actor, assignment };
}

import { and, eq } from 'drizzle-orm';
import { assessorAssignments } from '../../db/schema/index.ts';
import { Conflict } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { requireUpdated } from '../optimistic-lock.ts';
import { recordAudit } from '../record-audit.ts';
import { requireOwnAssignment } from './assessment-access.ts';

/** The assessor declares, before seeing the plan, that they have no conflict of interest, or declines; a decline is final. */
export async function declareConflict(
  ctx: ServiceContext,
  input: { assignmentId: number; version: number; hasConflict: boolean; now: Date },
): Promise<{ version: number }> {
  const { actor, assignment } = await requireOwnAssignment(ctx, input.assignmentId);
  if (assignment.status !== 'toegewezen') throw new Conflict('declarationDone');
  const status = input.hasConflict ? 'conflict' : 'geen_conflict';
  return ctx.db.transaction(async (tx) => {
    const [moved] = [requireUpdated(await tx.update(assessorAssignments)
      .set({ status, declaredAt: input.now, version: input.version + 1 })
      .where(and(eq(assessorAssignments.id, assignment.id), eq(assessorAssignments.version, input.version), eq(assessorAssignments.status, 'toegewezen')))
      .returning({ version: assessorAssignments.version }))];
    await recordAudit(tx, actor, { action: 'declare', entity: 'assessor_assignments', entityId: assignment.id, after: { status } });
    return { version: moved!.version };
  });
}

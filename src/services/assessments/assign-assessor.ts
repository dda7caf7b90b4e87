import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { assessorAssignments, userRoles } from '../../db/schema/index.ts';
import { Conflict, Invalid } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { getApplicationHeader } from '../applications/application-access.ts';
import { parseInput } from '../parse-input.ts';
import { recordAudit } from '../record-audit.ts';

const AssignInput = z.object({ applicationId: z.number().int().min(1), assessorUserId: z.number().int().min(1), dueOn: z.iso.date() });

/** The office assigns an assessor to an eligible application, with a deadline. */
export async function assignAssessor(ctx: ServiceContext, input: z.input<typeof AssignInput>): Promise<{ id: number }> {
  const actor = requireRole(ctx, 'programmabureau');
  const data = parseInput(AssignInput, input);
  const header = await getApplicationHeader(ctx.db, data.applicationId);
  if (!['ingediend', 'ontvankelijk'].includes(header.status)) throw new Conflict('assignOnlySubmitted');
  const [isAssessor] = await ctx.db.select({ id: userRoles.id }).from(userRoles)
    .where(and(eq(userRoles.userId, data.assessorUserId), eq(userRoles.role, 'beoordelaar')));
  if (!isAssessor) throw new Invalid('assessorChoose', [{ name: 'assessorUserId', reason: 'selection.assign.notAssessor' }]);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(assessorAssignments).values(data).onConflictDoNothing().returning({ id: assessorAssignments.id });
    if (!row) throw new Conflict('assessorAlreadyAssigned');
    await recordAudit(tx, actor, { action: 'assign', entity: 'assessor_assignments', entityId: row.id, after: data });
    return { id: row.id };
  });
}

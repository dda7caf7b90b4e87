import { and, asc, eq } from 'drizzle-orm';
import { userRoles, users } from '../../db/schema/index.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export type AssessorOption = { id: number; name: string };

/** Active accounts with the assessor role, for the office to assign. */
export async function listAssessors(ctx: ServiceContext): Promise<AssessorOption[]> {
  requireRole(ctx, 'programmabureau');
  return ctx.db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, 'beoordelaar'), eq(users.isActive, true)))
    .orderBy(asc(users.name), asc(users.id));
}

import { asc, eq } from 'drizzle-orm';
import { userRoles, users } from '../../db/schema/index.ts';
import { NotFound } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import type { Role, ServiceContext } from '../context.ts';

export type UserRoles = { id: number; name: string; email: string; isActive: boolean; version: number; roles: { role: Role; consortiumId: number | null }[] };

/** One account with its roles and version, for the office's role form. */
export async function getUserRoles(ctx: ServiceContext, input: { userId: number }): Promise<UserRoles> {
  requireRole(ctx, 'programmabureau');
  const [user] = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email, isActive: users.isActive, version: users.version })
    .from(users)
    .where(eq(users.id, input.userId));
  if (!user) throw new NotFound('userNotFound');
  const roles = await ctx.db
    .select({ role: userRoles.role, consortiumId: userRoles.consortiumId })
    .from(userRoles)
    .where(eq(userRoles.userId, input.userId))
    .orderBy(asc(userRoles.id));
  return { ...user, roles };
}

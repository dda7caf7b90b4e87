import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import { consortia, invitations, userRoles, users } from '../../db/schema/index.ts';
import { requireRole } from '../authorize.ts';
import type { Role, ServiceContext } from '../context.ts';

export type UserRoleView = { role: Role; consortiumName: string | null };
export type UserListItem = { id: number; name: string; email: string; isActive: boolean; hasPassword: boolean; roles: UserRoleView[] };
export type PendingInvitation = { id: number; email: string; role: Role; consortiumName: string | null; expiresAt: Date };

/** All accounts with their roles, for the programme office. */
export async function listUsers(ctx: ServiceContext): Promise<UserListItem[]> {
  requireRole(ctx, 'programmabureau');
  const rows = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email, isActive: users.isActive, passwordHash: users.passwordHash })
    .from(users)
    .orderBy(asc(users.name));
  const roles = rows.length
    ? await ctx.db
        .select({ userId: userRoles.userId, role: userRoles.role, consortiumName: consortia.name })
        .from(userRoles)
        .leftJoin(consortia, eq(consortia.id, userRoles.consortiumId))
        .where(inArray(userRoles.userId, rows.map((r) => r.id)))
        .orderBy(asc(userRoles.id))
    : [];
  return rows.map(({ passwordHash, ...r }) => ({
    ...r,
    hasPassword: passwordHash !== null,
    roles: roles.filter((x) => x.userId === r.id).map(({ role, consortiumName }) => ({ role, consortiumName })),
  }));
}

/** Invitations not yet accepted and not expired. */
export async function listPendingInvitations(ctx: ServiceContext, now = new Date()): Promise<PendingInvitation[]> {
  requireRole(ctx, 'programmabureau');
  return ctx.db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, consortiumName: consortia.name, expiresAt: invitations.expiresAt })
    .from(invitations)
    .leftJoin(consortia, eq(consortia.id, invitations.consortiumId))
    .where(and(isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)))
    .orderBy(asc(invitations.id));
}

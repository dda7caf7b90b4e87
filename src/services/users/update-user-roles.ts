import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { userRoles, users } from '../../db/schema/index.ts';
import { Invalid } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import { confirmIdentity, CurrentPassword } from '../auth/confirm-identity.ts';
import { Version } from '../consortia/consortium-codes.ts';
import type { ServiceContext } from '../context.ts';
import { requireUpdated } from '../optimistic-lock.ts';
import { recordAudit } from '../record-audit.ts';

const many = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** Programme-wide roles as checkboxes, and the consortia a coordinator looks after (each a coordinator role). */
export const UpdateUserRolesInput = z.object({
  userId: z.coerce.number().int().positive(),
  version: Version,
  roles: many(z.enum(['programmabureau', 'beoordelaar'], { message: 'roleChoose' })),
  consortiumIds: many(z.coerce.number().int().positive({ message: 'consortiumNotFound' })),
  /** The office member's own password: changing roles needs re-authentication (confirmIdentity). */
  huidigWachtwoord: CurrentPassword,
});
export type UpdateUserRolesInput = z.infer<typeof UpdateUserRolesInput>;

/**
 * The office changes someone's roles and coordinator scope, if nobody changed the account since it was read.
 * Nobody locks the office out: the last active office account keeps its role (office accounts are locked first,
 * so two offices taking each other's role at once cannot both succeed).
 */
export async function updateUserRoles(ctx: ServiceContext, input: UpdateUserRolesInput): Promise<{ version: number }> {
  const actor = requireRole(ctx, 'programmabureau');
  if (input.roles.length + input.consortiumIds.length === 0) throw new Invalid('roleRequired', [{ name: 'roles', reason: 'roleRequired' }]);
  await confirmIdentity(ctx, input.huidigWachtwoord);
  return ctx.db.transaction(async (tx) => {
    const offices = await tx.select({ id: users.id }).from(users)
      .where(and(eq(users.isActive, true), inArray(users.id, tx.select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, 'programmabureau')))))
      .for('update');
    if (!input.roles.includes('programmabureau') && offices.some((o) => o.id === input.userId) && offices.length === 1) {
      throw new Invalid('lastOfficeAccount', [{ name: 'roles', reason: 'lastOfficeAccount' }]);
    }
    const { version } = requireUpdated(await tx.update(users).set({ version: sql`${users.version} + 1` })
      .where(and(eq(users.id, input.userId), eq(users.version, input.version))).returning({ version: users.version }));
    const before = await tx.select({ role: userRoles.role, consortiumId: userRoles.consortiumId }).from(userRoles).where(eq(userRoles.userId, input.userId));
    const after = [
      ...input.roles.map((role) => ({ role, consortiumId: null })),
      ...[...new Set(input.consortiumIds)].map((consortiumId) => ({ role: 'coordinator' as const, consortiumId })),
    ];
    await tx.delete(userRoles).where(eq(userRoles.userId, input.userId));
    await tx.insert(userRoles).values(after.map((r) => ({ ...r, userId: input.userId })));
    await recordAudit(tx, actor, { action: 'update', entity: 'user_roles', entityId: input.userId, before: { roles: before }, after: { roles: after } });
    return { version };
  });
}

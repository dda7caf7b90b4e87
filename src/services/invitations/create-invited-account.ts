import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { invitations, userRoles, users } from '../../db/schema/index.ts';
import { hashToken } from '../auth/tokens.ts';
import { recordAudit } from '../record-audit.ts';

export const openInvitation = (token: string, now: Date) =>
  and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now));

export class AccountExists extends Error {}

/**
 * The page's language becomes the account's mail language.
 * Spends the invitation and makes its account (with a password, or none for a federated login) with its one role, audited; null when the link is spent or expired.
 * Throws AccountExists when the address got an account meanwhile, so the caller's transaction rolls back.
 */
export async function createInvitedAccount(tx: Tx, token: string, account: { name: string | null; passwordHash: string | null; locale?: 'nl' | 'en' }, now: Date) {
  const [spent] = await tx.update(invitations).set({ acceptedAt: now }).where(openInvitation(token, now))
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role, consortiumId: invitations.consortiumId });
  if (!spent) return null;
  // Without a name (a provider that sends none) the account is named by its address until the user changes it.
  const name = account.name ?? spent.email;
  const [user] = await tx.insert(users).values({ email: spent.email, name, passwordHash: account.passwordHash, preferredLocale: account.locale ?? null })
    .onConflictDoNothing().returning({ id: users.id });
  if (!user) throw new AccountExists();
  await tx.insert(userRoles).values({ userId: user.id, role: spent.role, consortiumId: spent.consortiumId });
  const actor = { userId: user.id, roles: [] };
  await recordAudit(tx, actor, { action: 'accept', entity: 'invitations', entityId: spent.id, after: { userId: user.id } });
  await recordAudit(tx, actor, { action: 'create', entity: 'users', entityId: user.id,
    after: { email: spent.email, name, roles: [{ role: spent.role, consortiumId: spent.consortiumId }] } });
  return { userId: user.id, invitationId: spent.id, email: spent.email };
}

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { userIdentities, users } from '../../db/schema/index.ts';
import type { OidcClaims } from './oidc-client.ts';
import { bindIdentity } from './bind-identity.ts';

export type OidcLoginResult = { ok: true; userId: number } | { ok: false; reason: 'not_linked' | 'blocked' | 'linked_elsewhere' };

/**
 * The account bound to an external identity (issuer + subject). An e-mail address from the provider is never
 * trusted on its own (SURFconext and Entree do not verify it for us): an identity is bound only by opening an
 * invitation (acceptInvitationWithIdentity) or, here, by signing in through the provider while signed in already.
 */
export async function logInWithOidc(db: Db, claims: OidcClaims, signedIn: { userId: number } | null = null): Promise<OidcLoginResult> {
  const [linked] = await db
    .select({ userId: users.id, isActive: users.isActive })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.issuer, claims.issuer), eq(userIdentities.subject, claims.subject)));
  if (linked) {
    if (signedIn && signedIn.userId !== linked.userId) return { ok: false, reason: 'linked_elsewhere' };
    return linked.isActive ? { ok: true, userId: linked.userId } : { ok: false, reason: 'blocked' };
  }
  if (!signedIn) return { ok: false, reason: 'not_linked' };
  const bound = await db.transaction((tx) => bindIdentity(tx, signedIn.userId, claims, { invitationId: null }));
  return bound ? { ok: true, userId: signedIn.userId } : { ok: false, reason: 'linked_elsewhere' };
}

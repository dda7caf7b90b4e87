import type { Tx } from '../../db/client.ts';
import { userIdentities } from '../../db/schema/index.ts';
import { recordAudit } from '../record-audit.ts';
import type { OidcClaims } from './oidc-client.ts';

/**
 * Binds an external identity (issuer + subject) to one of our accounts, audited. Returns false when the identity
 * is bound already (to anyone): the unique key decides, so two callbacks at once cannot bind it twice.
 */
export async function bindIdentity(tx: Tx, userId: number, claims: OidcClaims, via: { invitationId: number | null }): Promise<boolean> {
  const [identity] = await tx
    .insert(userIdentities)
    .values({ userId, issuer: claims.issuer, subject: claims.subject, emailVerified: claims.emailVerified, invitationId: via.invitationId })
    .onConflictDoNothing()
    .returning({ id: userIdentities.id });
  if (!identity) return false;
  await recordAudit(tx, { userId, roles: [] }, {
    action: 'create', entity: 'user_identities', entityId: identity.id,
    after: { userId, issuer: claims.issuer, subject: claims.subject, invitationId: via.invitationId },
  });
  return true;
}

import type { Db } from '../../db/client.ts';
import { hasControlCharacters } from '../../domain/input/safe-input.ts';
import { bindIdentity } from '../auth/bind-identity.ts';
import type { OidcClaims } from '../auth/oidc-client.ts';
import { AccountExists, createInvitedAccount } from './create-invited-account.ts';

export type AcceptWithIdentityResult = { ok: true; userId: number } | { ok: false; reason: 'invalid_token' | 'account_exists' | 'identity_taken' };

class IdentityTaken extends Error {}

/**
 * Accepting an invitation by signing in through the federation (SURFconext, Entree): the account is made as with
 * a password, without one, and the identity (issuer + subject) is bound to it, whatever e-mail address or
 * e-mail_verified the provider sends. The link is what proves who was invited. All or nothing.
 */
export async function acceptInvitationWithIdentity(db: Db, token: string, claims: OidcClaims, now = new Date(), locale?: 'nl' | 'en'): Promise<AcceptWithIdentityResult> {
  return db.transaction(async (tx) => {
    const name = claims.name && !hasControlCharacters(claims.name) ? claims.name : null;
    const made = await createInvitedAccount(tx, token, { name, passwordHash: null, locale }, now);
    if (!made) return { ok: false, reason: 'invalid_token' } as const;
    if (!(await bindIdentity(tx, made.userId, claims, { invitationId: made.invitationId }))) throw new IdentityTaken();
    return { ok: true, userId: made.userId } as const;
  }).catch((error: unknown) => {
    if (error instanceof AccountExists) return { ok: false, reason: 'account_exists' } as const;
    // This institution account belongs to someone already: the invitation stays unused.
    if (error instanceof IdentityTaken) return { ok: false, reason: 'identity_taken' } as const;
    throw error;
  });
}

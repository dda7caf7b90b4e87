import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { userIdentities, users } from '../../db/schema/index.ts';
import { recordAudit } from '../record-audit.ts';
import type { OidcClaims } from './oidc-client.ts';

export type OidcLoginResult = { ok: true; userId: number } | { ok: false; reason: 'no_account' | 'unverified' };

/**
 * The account for an external identity: one linked before, or else an active account with the same verified
 * e-mail address (then linked, audited). Never creates accounts or roles: those stay with the programme office.
 */
export async function logInWithOidc(db: Db, claims: OidcClaims): Promise<OidcLoginResult> {
  const [linked] = await db
    .select({ userId: users.id, isActive: users.isActive })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.issuer, claims.issuer), eq(userIdentities.subject, claims.subject)));
  if (linked) return linked.isActive ? { ok: true, userId: linked.userId } : { ok: false, reason: 'no_account' };
  if (!claims.email) return { ok: false, reason: 'no_account' };
  if (!claims.emailVerified) return { ok: false, reason: 'unverified' };
  const [user] = await db.select({ id: users.id }).from(users).where(and(eq(users.email, claims.email), eq(users.isActive, true)));
  if (!user) return { ok: false, reason: 'no_account' };
  await db.transaction(async (tx) => {
    const [identity] = await tx
      .insert(userIdentities)
      .values({ userId: user.id, issuer: claims.issuer, subject: claims.subject, emailVerified: true })
      .onConflictDoNothing()
      .returning({ id: userIdentities.id });
    if (identity) {
      await recordAudit(tx, { userId: user.id, roles: [] }, { action: 'create', entity: 'user_identities', entityId: identity.id, after: { userId: user.id, issuer: claims.issuer, subject: claims.subject } });
    }
  });
  return { ok: true, userId: user.id };
}

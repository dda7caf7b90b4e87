import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { consortia, invitations, userRoles, users } from '../../db/schema/index.ts';
import { checkPassword, type PasswordProblem } from '../../domain/password-rules.ts';
import type { Role } from '../context.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { hashToken } from '../auth/tokens.ts';
import { recordAudit } from '../record-audit.ts';
import { hasControlCharacters } from '../../domain/input/safe-input.ts';

export const AcceptInvitationInput = z.object({ name: z.string().trim().max(200).refine((v) => !hasControlCharacters(v), 'Bevat een teken dat hier niet hoort (een regeleinde, stuurteken of een teken dat de leesrichting omdraait).'), password: z.string(), confirmation: z.string() });
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;

export type OpenInvitation = { email: string; role: Role; consortiumName: string | null };
export type AcceptResult =
  | { ok: true; userId: number }
  | { ok: false; reason: 'invalid_token' | 'account_exists' }
  | { ok: false; reason: 'invalid'; nameMissing: boolean; problems: PasswordProblem[] };

const open = (token: string, now: Date) => and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now));

/** An unused, unexpired invitation behind a link, or null. */
export async function findInvitation(db: Db, token: string, now = new Date()): Promise<OpenInvitation | null> {
  const [row] = await db
    .select({ email: invitations.email, role: invitations.role, consortiumName: consortia.name })
    .from(invitations)
    .leftJoin(consortia, eq(consortia.id, invitations.consortiumId))
    .where(open(token, now));
  return row ?? null;
}

/** Makes the account of an invitation with its one role; the link is spent and the new user audited. */
export async function acceptInvitation(db: Db, token: string, input: AcceptInvitationInput, now = new Date()): Promise<AcceptResult> {
  const invitation = await findInvitation(db, token, now);
  if (!invitation) return { ok: false, reason: 'invalid_token' };
  const problems = checkPassword(input.password, { email: invitation.email, confirmation: input.confirmation });
  if (problems.length || !input.name) return { ok: false, reason: 'invalid', nameMissing: !input.name, problems };
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [spent] = await tx.update(invitations).set({ acceptedAt: now }).where(open(token, now))
      .returning({ id: invitations.id, email: invitations.email, role: invitations.role, consortiumId: invitations.consortiumId });
    if (!spent) return { ok: false, reason: 'invalid_token' } as const;
    const [user] = await tx.insert(users).values({ email: spent.email, name: input.name, passwordHash }).onConflictDoNothing().returning({ id: users.id });
    if (!user) throw new AccountExists();
    await tx.insert(userRoles).values({ userId: user.id, role: spent.role, consortiumId: spent.consortiumId });
    const actor = { userId: user.id, roles: [] };
    await recordAudit(tx, actor, { action: 'accept', entity: 'invitations', entityId: spent.id, after: { userId: user.id } });
    await recordAudit(tx, actor, { action: 'create', entity: 'users', entityId: user.id, after: { email: spent.email, name: input.name, roles: [{ role: spent.role, consortiumId: spent.consortiumId }] } });
    return { ok: true, userId: user.id } as const;
  }).catch((error: unknown) => {
    // The account appeared after the invitation was sent: roll back, so the link stays usable for nothing else.
    if (error instanceof AccountExists) return { ok: false, reason: 'account_exists' } as const;
    throw error;
  });
}

class AccountExists extends Error {}

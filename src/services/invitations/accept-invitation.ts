import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { consortia, invitations } from '../../db/schema/index.ts';
import { checkPassword, type PasswordProblem } from '../../domain/password-rules.ts';
import type { Role } from '../context.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { AccountExists, createInvitedAccount, openInvitation } from './create-invited-account.ts';
import { hasControlCharacters } from '../../domain/input/safe-input.ts';

export const AcceptInvitationInput = z.object({ name: z.string().trim().max(200).refine((v) => !hasControlCharacters(v), 'badCharacterLine'), password: z.string(), confirmation: z.string() });
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;

export type OpenInvitation = { email: string; role: Role; consortiumName: string | null };
export type AcceptResult =
  | { ok: true; userId: number }
  | { ok: false; reason: 'invalid_token' | 'account_exists' }
  | { ok: false; reason: 'invalid'; nameMissing: boolean; problems: PasswordProblem[] };

/** An unused, unexpired invitation behind a link, or null. */
export async function findInvitation(db: Db, token: string, now = new Date()): Promise<OpenInvitation | null> {
  const [row] = await db
    .select({ email: invitations.email, role: invitations.role, consortiumName: consortia.name })
    .from(invitations)
    .leftJoin(consortia, eq(consortia.id, invitations.consortiumId))
    .where(openInvitation(token, now));
  return row ?? null;
}

/** Makes the account of an invitation with its one role; the link is spent and the new user audited. */
export async function acceptInvitation(db: Db, token: string, input: AcceptInvitationInput, now = new Date(), locale?: 'nl' | 'en'): Promise<AcceptResult> {
  const invitation = await findInvitation(db, token, now);
  if (!invitation) return { ok: false, reason: 'invalid_token' };
  const problems = checkPassword(input.password, { email: invitation.email, confirmation: input.confirmation });
  if (problems.length || !input.name) return { ok: false, reason: 'invalid', nameMissing: !input.name, problems };
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const made = await createInvitedAccount(tx, token, { name: input.name, passwordHash, locale }, now);
    return made ? ({ ok: true, userId: made.userId } as const) : ({ ok: false, reason: 'invalid_token' } as const);
  }).catch((error: unknown) => {
    // The account appeared after the invitation was sent: roll back, so the link stays usable for nothing else.
    if (error instanceof AccountExists) return { ok: false, reason: 'account_exists' } as const;
    throw error;
  });
}

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { consortia, invitations, users } from '../../db/schema/index.ts';
import { ROLES } from '../../domain/enums.ts';
import { Invalid } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { Locale } from '../../domain/format.ts';
import { accountMailTexts, mailTexts } from '../../i18n/mail.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { recordAudit } from '../record-audit.ts';
import { idNumber } from '../../domain/input/safe-input.ts';

export const INVITATION_DAYS = 7;
// Applicants are scoped to an organisation (applicant_editors), which an invitation does not carry yet.
const INVITABLE_ROLES = ROLES.filter((r) => r !== 'aanvrager') as [Exclude<(typeof ROLES)[number], 'aanvrager'>, ...Exclude<(typeof ROLES)[number], 'aanvrager'>[]];

export const InvitationInput = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email({ message: 'emailInvalid' })),
  role: z.enum(INVITABLE_ROLES, { message: 'roleChoose' }),
  consortiumId: idNumber().optional(),
});
export type InvitationInput = z.infer<typeof InvitationInput>;

type Delivery = { baseUrl: string; locale: Locale };

/**
 * The programme office invites someone by e-mail for one role; the link makes the account. The mail is queued
 * with the invitation in one transaction (audited) and sent afterwards by deliverMails, like every mail.
 */
export async function createInvitation(ctx: ServiceContext & { db: Db }, input: InvitationInput, { baseUrl, locale }: Delivery, now = new Date()): Promise<{ id: number }> {
  const actor = requireRole(ctx, 'programmabureau');
  const consortiumId = input.role === 'coordinator' ? input.consortiumId : undefined;
  if (input.role === 'coordinator' && !consortiumId) throw new Invalid('coordinatorConsortiumRequired', [{ name: 'consortiumId', reason: 'coordinatorConsortiumRequired' }]);
  if (consortiumId) {
    const [found] = await ctx.db.select({ id: consortia.id }).from(consortia).where(eq(consortia.id, consortiumId));
    if (!found) throw new Invalid('consortiumNotFound', [{ name: 'consortiumId', reason: 'consortiumNotFound' }]);
  }
  const [existing] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (existing) throw new Invalid('accountExists', [{ name: 'email', reason: 'accountExists' }]);

  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(invitations)
      .values({ email: input.email, role: input.role, consortiumId: consortiumId ?? null, tokenHash: hashToken(token), invitedByUserId: actor.userId, expiresAt })
      .returning({ id: invitations.id });
    await recordAudit(tx, actor, { action: 'create', entity: 'invitations', entityId: row!.id, after: { email: input.email, role: input.role, consortiumId: consortiumId ?? null, expiresAt: expiresAt.toISOString() } });
    const t = accountMailTexts(locale);
    const text = t.invitationBody({ link: `${baseUrl}/uitnodiging/${token}`, role: t.invitedAs[input.role], days: INVITATION_DAYS });
    await queueMail(tx, actor, { to: input.email, subject: t.invitationSubject, text: text + mailTexts(locale).signature, kind: 'invitation' });
    return row!.id;
  });
  return { id };
}

import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { passwordResetTokens, users } from '../../db/schema/index.ts';
import type { Locale } from '../../domain/format.ts';
import type { Throttle } from '../../domain/login-throttle.ts';
import { accountMailTexts, mailTexts } from '../../i18n/mail.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { takeResetRequest } from './throttles.ts';
import { hashToken, newToken } from './tokens.ts';

export const RESET_TTL_MS = 60 * 60 * 1000;
/** The outbox kind of a reset mail: its link is a secret, masked in the outbox (list-outbox.ts). */
export const RESET_MAIL_KIND = 'passwordReset';

export const PasswordResetRequest = z.object({ email: z.string().trim().toLowerCase().max(320) });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

type ResetInput = PasswordResetRequest & { baseUrl: string; ip: string; locale: Locale };

/**
 * Queues a one-time link when the address belongs to an active account (token and mail in one transaction,
 * sent afterwards by deliverMails like every mail); the caller answers the same either way.
 */
export async function requestPasswordReset(db: Db, input: ResetInput, now = new Date()): Promise<Throttle> {
  const throttle = await takeResetRequest(db, input.email, input.ip, now);
  if (throttle.blocked) return throttle;
  const [user] = await db.select({ id: users.id, email: users.email }).from(users).where(and(eq(users.email, input.email), eq(users.isActive, true)));
  if (!user) return throttle;
  const token = newToken();
  const t = accountMailTexts(input.locale);
  await db.transaction(async (tx) => {
    await tx.insert(passwordResetTokens).values({ userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_TTL_MS) });
    // Nobody is signed in: the system queues it, and the audit row names the account it was for.
    await queueMail(tx, null, { to: user.email, subject: t.resetSubject, text: t.resetBody(`${input.baseUrl}/wachtwoord-herstellen/${token}`) + mailTexts(input.locale).signature, kind: RESET_MAIL_KIND });
  });
  return throttle;
}

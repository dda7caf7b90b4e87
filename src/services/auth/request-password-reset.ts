import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { passwordResetTokens, users } from '../../db/schema/index.ts';
import { sendMail, type MailConfig } from '../mail/send-mail.ts';
import { passwordResetMail } from '../mail/templates.ts';
import type { Throttle } from '../../domain/login-throttle.ts';
import { takeResetRequest } from './throttles.ts';
import { hashToken, newToken } from './tokens.ts';

export const RESET_TTL_MS = 60 * 60 * 1000;

export const PasswordResetRequest = z.object({ email: z.string().trim().toLowerCase().max(320) });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

/** Mails a one-time link when the address belongs to an active account; the caller answers the same either way. */
export async function requestPasswordReset(db: Db, mail: MailConfig, input: PasswordResetRequest & { baseUrl: string; ip: string }, now = new Date()): Promise<Throttle> {
  const throttle = await takeResetRequest(db, input.email, input.ip, now);
  if (throttle.blocked) return throttle;
  const [user] = await db.select({ id: users.id, email: users.email }).from(users).where(and(eq(users.email, input.email), eq(users.isActive, true)));
  if (!user) return throttle;
  const token = newToken();
  await db.insert(passwordResetTokens).values({ userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_TTL_MS) });
  await sendMail(db, mail, passwordResetMail(user.email, `${input.baseUrl}/wachtwoord-herstellen/${token}`));
  return throttle;
}

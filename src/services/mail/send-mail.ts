import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.ts';
import type { Db, Tx } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';

export type Mail = { to: string; subject: string; text: string };
export type MailConfig = Pick<Config, 'smtpUrl' | 'mailFrom'>;

// One pooled transport per SMTP URL for the life of the process.
const transports = new Map<string, Transporter>();

export function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

/**
 * Sends over SMTP when SMTP_URL is configured; otherwise writes the mail to the outbox table,
 * inside the caller's transaction when given one, so it appears together with the change.
 */
export async function sendMail(db: Db | Tx, config: MailConfig, mail: Mail): Promise<void> {
  if (config.smtpUrl) {
    await transportFor(config.smtpUrl).sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
    return;
  }
  await db.insert(outbox).values({ recipient: mail.to, subject: mail.subject, body: mail.text });
}

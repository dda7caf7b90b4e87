import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.ts';

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

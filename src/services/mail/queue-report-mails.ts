import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { formatDate } from '../../domain/format.ts';
import { consortia } from '../../db/schema/index.ts';
import { mailTexts, type ReportMailKind } from '../../i18n/mail.ts';
import type { Actor } from '../context.ts';
import type { MailRecipient } from './list-mail-recipients.ts';
import { queueMail } from './queue-mail.ts';

export type ReportRef = { id: number; consortiumId: number; periodYear: number };
export type ReportMail = {
  kind: ReportMailKind; report: ReportRef; to: MailRecipient[];
  /** Where the link points: the report, the office's review of it, or the consortium's reports (none started yet). */
  page: 'report' | 'review' | 'reports';
  baseUrl?: string; note?: string; deadline?: string;
  /** Reminders: at most one mail per key and recipient (the recipient's id is appended). */
  dedupeKey?: string;
};

// The portal's paths, repeated here because services do not import views; the English portal lives under /en.
const pathOf = (page: ReportMail['page'], report: ReportRef) =>
  page === 'review' ? `/portaal/bureau/rapportages/${report.id}`
    : page === 'reports' ? `/portaal/consortia/${report.consortiumId}/rapportages` : `/portaal/rapportages/${report.id}`;

/** Queues one mail about a report per recipient, in the recipient's language; returns the ids written. */
export async function queueReportMails(tx: Tx, actor: Actor | null, mail: ReportMail): Promise<number[]> {
  if (!mail.to.length) return [];
  const [consortium] = await tx.select({ name: consortia.name }).from(consortia).where(eq(consortia.id, mail.report.consortiumId));
  const ids: number[] = [];
  for (const recipient of mail.to) {
    const texts = mailTexts(recipient.locale);
    const link = `${mail.baseUrl ?? ''}${recipient.locale === 'en' ? '/en' : ''}${pathOf(mail.page, mail.report)}`;
    const values = { consortium: consortium?.name ?? '', year: mail.report.periodYear, link, note: mail.note,
      deadline: mail.deadline ? formatDate(mail.deadline, recipient.locale) : undefined };
    const wording = texts.kind[mail.kind];
    const id = await queueMail(tx, actor, {
      to: recipient.email, subject: wording.subject(values), text: `${wording.body(values)}${texts.signature}`, kind: mail.kind,
      dedupeKey: mail.dedupeKey ? `${mail.dedupeKey}:${recipient.userId}` : undefined,
    });
    if (id !== null) ids.push(id);
  }
  return ids;
}

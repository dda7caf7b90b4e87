import { reportComments } from '../../db/schema/index.ts';
import { Invalid } from '../../errors.ts';
import { hasRole, requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { getReportHeader } from './get-report-header.ts';
import { requireReportReader } from './report-access.ts';
import { hasControlCharacters } from '../../domain/input/safe-input.ts';
import { listCoordinatorRecipients, listOfficeRecipients } from '../mail/list-mail-recipients.ts';
import { queueReportMails } from '../mail/queue-report-mails.ts';

/** A comment in the report's conversation between office and coordinator; comments are append-only. */
export async function commentOnReport(ctx: ServiceContext, input: { reportId: number; body: string; baseUrl?: string }): Promise<{ id: number }> {
  requireActor(ctx);
  const report = await getReportHeader(ctx.db, input.reportId);
  const actor = requireReportReader(ctx, report.consortiumId);
  const body = input.body.trim();
  if (!body) throw new Invalid('commentEmpty', [{ name: 'body', reason: 'commentRequired' }]);
  if (body.length > 5000) throw new Invalid('commentTooLong', [{ name: 'body', reason: 'max5000' }]);
  if (hasControlCharacters(body, { lines: true })) throw new Invalid('commentBadCharacter', [{ name: 'body', reason: 'badCharacter' }]);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(reportComments).values({ reportId: report.id, authorUserId: actor.userId, body }).returning({ id: reportComments.id });
    await recordAudit(tx, actor, { action: 'report.comment', entity: 'report_comments', entityId: row!.id, after: { reportId: report.id, body } });
    // The other side of the conversation is told: the office when a coordinator writes, the coordinators when the office does.
    const fromOffice = hasRole(actor, 'programmabureau');
    const to = fromOffice ? await listCoordinatorRecipients(tx, report.consortiumId) : await listOfficeRecipients(tx);
    await queueReportMails(tx, actor, { kind: 'reportComment', report, to, page: fromOffice ? 'report' : 'review', note: body, baseUrl: input.baseUrl });
    return { id: row!.id };
  });
}

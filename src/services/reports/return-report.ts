import { Invalid } from '../../errors.ts';
import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { getReportHeader } from './get-report-header.ts';
import { requireReviewer } from './report-access.ts';
import { applyTransition } from './transition-report.ts';
import { listCoordinatorRecipients } from '../mail/list-mail-recipients.ts';
import { queueReportMails } from '../mail/queue-report-mails.ts';
import { hasControlCharacters } from '../../domain/input/safe-input.ts';

/** The office returns a submitted report with a note; the coordinator can edit it again and is mailed the note. */
export async function returnReport(ctx: ServiceContext, input: { reportId: number; version: number; note: string; baseUrl?: string }): Promise<{ version: number }> {
  requireActor(ctx);
  const actor = requireReviewer(ctx);
  const note = input.note.trim();
  if (!note) throw new Invalid('returnNoteMissing', [{ name: 'note', reason: 'returnNoteRequired' }]);
  if (note.length > 5000) throw new Invalid('returnNoteTooLong', [{ name: 'note', reason: 'max5000' }]);
  if (hasControlCharacters(note, { lines: true })) throw new Invalid('returnNoteBadCharacter', [{ name: 'note', reason: 'badCharacter' }]);
  const report = await getReportHeader(ctx.db, input.reportId);
  return ctx.db.transaction(async (tx) => {
    const moved = await applyTransition(tx, actor, report, { action: 'return', version: input.version, stamp: { reviewedAt: new Date(), reviewedBy: actor.userId, reviewNote: note } });
    const to = await listCoordinatorRecipients(tx, report.consortiumId);
    await queueReportMails(tx, actor, { kind: 'reportReturned', report, to, page: 'report', note, baseUrl: input.baseUrl });
    return { version: moved.version };
  });
}

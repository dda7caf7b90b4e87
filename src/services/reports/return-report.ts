import { Invalid } from '../../errors.ts';
import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { getReportHeader } from './get-report-header.ts';
import { requireReviewer } from './report-access.ts';
import { applyTransition } from './transition-report.ts';

/** The office returns a submitted report with a note; the coordinator can edit it again. */
export async function returnReport(ctx: ServiceContext, input: { reportId: number; version: number; note: string }): Promise<{ version: number }> {
  requireActor(ctx);
  const actor = requireReviewer(ctx);
  const note = input.note.trim();
  if (!note) throw new Invalid('returnNoteMissing', [{ name: 'note', reason: 'returnNoteRequired' }]);
  const report = await getReportHeader(ctx.db, input.reportId);
  return ctx.db.transaction(async (tx) => {
    const moved = await applyTransition(tx, actor, report, { action: 'return', version: input.version, stamp: { reviewedAt: new Date(), reviewedBy: actor.userId, reviewNote: note } });
    return { version: moved.version };
  });
}

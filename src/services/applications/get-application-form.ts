import { asc, eq } from 'drizzle-orm';
import { actionLines, programmes } from '../../db/schema/index.ts';
import { Forbidden } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { getRound, type RoundRow } from '../rounds/get-round.ts';
import { requireApplicationEditor } from './application-access.ts';
import { getApplication, type ApplicationView } from './get-application.ts';

export type ActionLineOption = { id: number; code: string; nameNl: string; nameEn: string };
export type ApplicationForm = {
  application: ApplicationView; round: RoundRow; actionLines: ActionLineOption[]; years: number[];
  /** A draft its editor may still change; anything else is shown read-only. */
  canEdit: boolean;
};

// A plan runs from the round's year to the programme's end, at most this many years.
const MAX_YEARS = 10;

/** An application with what its form needs: the round, the action lines and the budget years. */
export async function getApplicationForm(ctx: ServiceContext, applicationId: number): Promise<ApplicationForm> {
  const application = await getApplication(ctx, applicationId);
  const round = await getRound(ctx.db, application.roundId);
  const [lines, [programme]] = await Promise.all([
    ctx.db.select({ id: actionLines.id, code: actionLines.code, nameNl: actionLines.nameNl, nameEn: actionLines.nameEn })
      .from(actionLines).where(eq(actionLines.programmeId, round.programmeId)).orderBy(asc(actionLines.position)),
    ctx.db.select({ endsOn: programmes.endsOn }).from(programmes).where(eq(programmes.id, round.programmeId)),
  ]);
  const first = Number(round.opensOn.slice(0, 4));
  const last = Math.min(Number(programme!.endsOn.slice(0, 4)), first + MAX_YEARS - 1);
  const stored = application.cells.map((c) => c.year);
  const years = [...new Set([...Array.from({ length: Math.max(last - first + 1, 1) }, (_, i) => first + i), ...stored])].sort((a, b) => a - b);
  const canEdit = application.status === 'concept' && (await isEditor(ctx, application));
  return { application, round, actionLines: lines, years, canEdit };
}

async function isEditor(ctx: ServiceContext, application: ApplicationView): Promise<boolean> {
  try {
    await requireApplicationEditor(ctx, application);
    return true;
  } catch (error) {
    if (error instanceof Forbidden) return false;
    throw error;
  }
}

import { asc, eq } from 'drizzle-orm';
import { actionLines } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

export type ActionLineSummary = { code: string; position: number; nameNl: string; nameEn: string; descriptionNl: string };

/** The action lines of the current programme, in order. */
export async function listActionLines(ctx: ServiceContext): Promise<ActionLineSummary[]> {
  const programme = await getCurrentProgramme(ctx);
  return ctx.db
    .select({ code: actionLines.code, position: actionLines.position, nameNl: actionLines.nameNl, nameEn: actionLines.nameEn, descriptionNl: actionLines.descriptionNl })
    .from(actionLines)
    .where(eq(actionLines.programmeId, programme.id))
    .orderBy(asc(actionLines.position));
}

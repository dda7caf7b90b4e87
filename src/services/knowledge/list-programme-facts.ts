import { asc, eq } from 'drizzle-orm';
import { programmeFacts } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

export type ProgrammeFact = {
  code: string; value: number; unit: string; labelNl: string; labelEn: string; source: string; sourceUrl: string | null; sourceDate: string;
};

/** The published context figures of the current programme (not computed from rows), each with its source and date. */
export async function listProgrammeFacts(ctx: ServiceContext): Promise<ProgrammeFact[]> {
  const programme = await getCurrentProgramme(ctx);
  return ctx.db.select({
    code: programmeFacts.code, value: programmeFacts.value, unit: programmeFacts.unit, labelNl: programmeFacts.labelNl, labelEn: programmeFacts.labelEn,
    source: programmeFacts.source, sourceUrl: programmeFacts.sourceUrl, sourceDate: programmeFacts.sourceDate,
  }).from(programmeFacts).where(eq(programmeFacts.programmeId, programme.id)).orderBy(asc(programmeFacts.position));
}

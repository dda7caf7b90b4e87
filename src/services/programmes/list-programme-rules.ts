import { asc, eq } from 'drizzle-orm';
import { programmeRules } from '../../db/schema/index.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from './get-current-programme.ts';

export type ProgrammeRuleRow = {
  id: number; code: string; version: number; value: unknown; descriptionNl: string; descriptionEn: string;
  validFrom: string; validUntil: string | null; source: string | null; isIllustrative: boolean;
};

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Every version of every rule of the programme; a version is valid until the day before the next one starts. */
export async function listProgrammeRules(ctx: ServiceContext): Promise<ProgrammeRuleRow[]> {
  requireRole(ctx, 'programmabureau');
  const programme = await getCurrentProgramme(ctx);
  const rows = await ctx.db.select({
    id: programmeRules.id, code: programmeRules.code, version: programmeRules.version, value: programmeRules.value, descriptionNl: programmeRules.descriptionNl,
    descriptionEn: programmeRules.descriptionEn, validFrom: programmeRules.validFrom, source: programmeRules.source, isIllustrative: programmeRules.isIllustrative,
  }).from(programmeRules).where(eq(programmeRules.programmeId, programme.id)).orderBy(asc(programmeRules.code), asc(programmeRules.version));
  return rows.map((r) => {
    const next = rows.find((x) => x.code === r.code && x.version === r.version + 1);
    return { ...r, validUntil: next ? dayBefore(next.validFrom) : null };
  });
}

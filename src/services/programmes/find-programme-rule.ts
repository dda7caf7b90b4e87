import { and, desc, eq, lte } from 'drizzle-orm';
import type { z } from 'zod';
import { programmeRules } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';

/** The value of a programme rule valid on a date (latest version), parsed with the rule's schema; null when absent. */
export async function findProgrammeRule<T>(
  { db }: ServiceContext,
  input: { programmeId: number; code: string; schema: z.ZodType<T>; on?: string },
): Promise<T | null> {
  const on = input.on ?? new Date().toISOString().slice(0, 10);
  const [row] = await db
    .select({ value: programmeRules.value })
    .from(programmeRules)
    .where(and(eq(programmeRules.programmeId, input.programmeId), eq(programmeRules.code, input.code), lte(programmeRules.validFrom, on)))
    .orderBy(desc(programmeRules.version))
    .limit(1);
  return row ? input.schema.parse(row.value) : null;
}

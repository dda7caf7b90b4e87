import { asc } from 'drizzle-orm';
import { programmes } from '../../db/schema/index.ts';
import { NotFound } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';

export type ProgrammeSummary = { id: number; slug: string; name: string; shortName: string; budgetCeiling: number; startsOn: string; endsOn: string };

/** The programme the public site shows: the first one registered. */
export async function getCurrentProgramme({ db }: ServiceContext): Promise<ProgrammeSummary> {
  const [row] = await db
    .select({
      id: programmes.id, slug: programmes.slug, name: programmes.name, shortName: programmes.shortName,
      budgetCeiling: programmes.budgetCeiling, startsOn: programmes.startsOn, endsOn: programmes.endsOn,
    })
    .from(programmes)
    .orderBy(asc(programmes.id))
    .limit(1);
  if (!row) throw new NotFound('programmeMissing');
  return row;
}

import { and, eq, ne, sql } from 'drizzle-orm';
import { applicationCofinancing, applications, decisions, rounds } from '../../db/schema/index.ts';
import { computeProgrammeFigures, type ProgrammeFigures } from '../../domain/programme-figures.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';

/** Public figures of the current programme, computed from its applications and decisions. */
export async function getProgrammeFigures(ctx: ServiceContext): Promise<ProgrammeFigures> {
  const programme = await getCurrentProgramme(ctx);
  const business = ctx.db
    .select({ applicationId: applicationCofinancing.applicationId, amount: applicationCofinancing.amount })
    .from(applicationCofinancing)
    .where(eq(applicationCofinancing.source, 'bedrijfsleven'))
    .as('business');
  const rows = await ctx.db
    .select({
      requestedAmount: applications.requestedAmount,
      totalCosts: applications.totalCosts,
      awardedAmount: sql<number | null>`case when ${decisions.outcome} = 'toegekend' then ${decisions.awardedAmount} end`.mapWith(
        (v) => (v === null ? null : Number(v)),
      ),
      businessCofinancing: sql<number>`coalesce(${business.amount}, 0)`.mapWith(Number),
    })
    .from(applications)
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .leftJoin(decisions, eq(decisions.applicationId, applications.id))
    .leftJoin(business, eq(business.applicationId, applications.id))
    // A draft is not an application until it is submitted.
    .where(and(eq(rounds.programmeId, programme.id), ne(applications.status, 'concept')));
  return computeProgrammeFigures(rows, programme.budgetCeiling);
}

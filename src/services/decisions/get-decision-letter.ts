import { eq } from 'drizzle-orm';
import { applications, decisions, organisations, rounds } from '../../db/schema/index.ts';
import { NotFound } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { getApplicationHeader, requireApplicationEditor } from '../applications/application-access.ts';

export type DecisionLetter = {
  reference: string; title: string; leadOrganisation: string; roundName: string; requestedAmount: number;
  outcome: 'toegekend' | 'afgewezen'; awardedAmount: number; decidedOn: string; reasons: string;
};

/** The decision letter for the applicant: to the applicant's own editors and the office only. */
export async function getDecisionLetter(ctx: ServiceContext, applicationId: number): Promise<DecisionLetter> {
  const header = await getApplicationHeader(ctx.db, applicationId);
  await requireApplicationEditor(ctx, header);
  const [row] = await ctx.db
    .select({ reference: applications.reference, title: applications.title, leadOrganisation: organisations.name, roundName: rounds.name,
      requestedAmount: applications.requestedAmount, outcome: decisions.outcome, awardedAmount: decisions.awardedAmount, decidedOn: decisions.decidedOn, reasons: decisions.note })
    .from(applications)
    .innerJoin(decisions, eq(decisions.applicationId, applications.id))
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .where(eq(applications.id, header.id));
  if (!row) throw new NotFound('decisionNotFound');
  return row;
}

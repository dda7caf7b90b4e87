import type { Db, Tx } from '../../db/client.ts';
import { evaluateApplication, type RuleOutcome } from '../../domain/rules/index.ts';
import { budgetTotals } from '../../domain/selection/application-budget.ts';
import { loadRoundRules } from '../rounds/load-round-rules.ts';
import { getRound } from '../rounds/get-round.ts';
import type { ApplicationHeader } from './application-access.ts';
import { organisationKinds, type ApplicationContents } from './read-application.ts';

/** The round's rules on an application's current content, with the rule version ids it was judged under. */
export async function evaluateApplicationRules(
  db: Db | Tx,
  header: Pick<ApplicationHeader, 'roundId' | 'leadOrganisationId'>,
  contents: Pick<ApplicationContents, 'cells' | 'provinces' | 'partners'>,
): Promise<{ outcomes: RuleOutcome[]; ruleIds: number[] }> {
  const round = await getRound(db, header.roundId);
  const { set, ids } = await loadRoundRules(db, round);
  const totals = budgetTotals(contents.cells);
  const partnerKinds = await organisationKinds(db, [header.leadOrganisationId, ...contents.partners.map((p) => p.id)]);
  const outcomes = evaluateApplication(set, {
    requestedAmount: totals.requested, totalCosts: totals.totalCosts, provinceCount: contents.provinces.length, partnerKinds,
  });
  return { outcomes, ruleIds: ids };
}
